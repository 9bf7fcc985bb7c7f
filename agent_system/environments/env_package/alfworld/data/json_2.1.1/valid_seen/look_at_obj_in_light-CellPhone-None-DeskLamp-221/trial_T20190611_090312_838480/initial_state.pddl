(define (problem plan_trial_T20190611_090312_838480)
    (:domain alfred)
    (:objects
        agent1 - agent
        BoxType - otype
        ButterKnifeType - otype
        CellPhoneType - otype
        DeskLampType - otype
        KnifeType - otype
        PillowType - otype
        TissueBoxType - otype
        VaseType - otype
        WatchType - otype
        ArmChairType - rtype
        CabinetType - rtype
        CoffeeTableType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        CellPhone_bar__minus_01_dot_74_bar__plus_03_dot_23_bar__plus_01_dot_19 - object
        CellPhone_bar__minus_02_dot_54_bar__plus_00_dot_16_bar__plus_03_dot_47 - object
        Box_bar__minus_02_dot_23_bar__plus_01_dot_71_bar__minus_01_dot_92 - object
        Vase_bar__minus_01_dot_56_bar__plus_02_dot_89_bar__plus_03_dot_38 - object
        Watch_bar__plus_01_dot_95_bar__plus_01_dot_96_bar__plus_00_dot_20 - object
        Pillow_bar__minus_00_dot_68_bar__plus_02_dot_81_bar__plus_02_dot_32 - object
        TissueBox_bar__plus_01_dot_68_bar__plus_02_dot_91_bar__minus_02_dot_78 - object
        DeskLamp_bar__minus_00_dot_31_bar__plus_01_dot_92_bar__plus_03_dot_49 - object
        ArmChair_bar__minus_00_dot_38_bar__plus_00_dot_59_bar__plus_00_dot_16 - receptacle
        Cabinet_bar__plus_01_dot_61_bar__plus_03_dot_30_bar__minus_00_dot_52 - receptacle
        Cabinet_bar__plus_02_dot_95_bar__plus_01_dot_56_bar__plus_00_dot_40 - receptacle
        CoffeeTable_bar__plus_02_dot_48_bar__plus_02_dot_31_bar__minus_02_dot_05 - receptacle
        Shelf_bar__plus_02_dot_07_bar__plus_02_dot_90_bar__minus_03_dot_13 - receptacle
        Shelf_bar__minus_02_dot_30_bar__plus_02_dot_36_bar__plus_02_dot_83 - receptacle
        SideTable_bar__minus_02_dot_58_bar__plus_03_dot_10_bar__minus_03_dot_23 - receptacle
        Sofa_bar__plus_01_dot_95_bar__plus_02_dot_94_bar__plus_00_dot_53 - receptacle
        loc_bar_3_bar__minus_7_bar_1_bar_0 - location
        loc_bar_5_bar_1_bar_3_bar_30 - location
        loc_bar_8_bar_2_bar_2_bar_30 - location
        loc_bar_8_bar_6_bar_1_bar_45 - location
        loc_bar__minus_6_bar_2_bar_0_bar__minus_30 - location
        loc_bar__minus_6_bar_3_bar_1_bar__minus_30 - location
        loc_bar__minus_6_bar_5_bar_2_bar_0 - location
        loc_bar__minus_7_bar__minus_7_bar_0_bar__minus_30 - location
        loc_bar__minus_8_bar__minus_9_bar_0_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_6_bar_2_bar_0_bar__minus_30)
        (receptacleType ArmChair_bar__minus_00_dot_38_bar__plus_00_dot_59_bar__plus_00_dot_16 ArmChairType)
        (receptacleAtLocation ArmChair_bar__minus_00_dot_38_bar__plus_00_dot_59_bar__plus_00_dot_16 loc_bar_8_bar_6_bar_1_bar_45)
        (receptacleType Cabinet_bar__plus_01_dot_61_bar__plus_03_dot_30_bar__minus_00_dot_52 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_61_bar__plus_03_dot_30_bar__minus_00_dot_52 loc_bar__minus_8_bar__minus_9_bar_0_bar__minus_30)
        (openable Cabinet_bar__plus_01_dot_61_bar__plus_03_dot_30_bar__minus_00_dot_52)
        (receptacleType Cabinet_bar__plus_02_dot_95_bar__plus_01_dot_56_bar__plus_00_dot_40 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_95_bar__plus_01_dot_56_bar__plus_00_dot_40 loc_bar_5_bar_1_bar_3_bar_30)
        (openable Cabinet_bar__plus_02_dot_95_bar__plus_01_dot_56_bar__plus_00_dot_40)
        (receptacleType CoffeeTable_bar__plus_02_dot_48_bar__plus_02_dot_31_bar__minus_02_dot_05 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_02_dot_48_bar__plus_02_dot_31_bar__minus_02_dot_05 loc_bar__minus_7_bar__minus_7_bar_0_bar__minus_30)
        (receptacleType Shelf_bar__plus_02_dot_07_bar__plus_02_dot_90_bar__minus_03_dot_13 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_07_bar__plus_02_dot_90_bar__minus_03_dot_13 loc_bar__minus_6_bar_3_bar_1_bar__minus_30)
        (receptacleType Shelf_bar__minus_02_dot_30_bar__plus_02_dot_36_bar__plus_02_dot_83 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_30_bar__plus_02_dot_36_bar__plus_02_dot_83 loc_bar__minus_6_bar_5_bar_2_bar_0)
        (receptacleType SideTable_bar__minus_02_dot_58_bar__plus_03_dot_10_bar__minus_03_dot_23 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_02_dot_58_bar__plus_03_dot_10_bar__minus_03_dot_23 loc_bar_3_bar__minus_7_bar_1_bar_0)
        (receptacleType Sofa_bar__plus_01_dot_95_bar__plus_02_dot_94_bar__plus_00_dot_53 SofaType)
        (receptacleAtLocation Sofa_bar__plus_01_dot_95_bar__plus_02_dot_94_bar__plus_00_dot_53 loc_bar_8_bar_2_bar_2_bar_30)
        (objectType CellPhone_bar__minus_01_dot_74_bar__plus_03_dot_23_bar__plus_01_dot_19 CellPhoneType)
        (pickupable CellPhone_bar__minus_01_dot_74_bar__plus_03_dot_23_bar__plus_01_dot_19)
        (inReceptacle CellPhone_bar__minus_01_dot_74_bar__plus_03_dot_23_bar__plus_01_dot_19 Sofa_bar__plus_01_dot_95_bar__plus_02_dot_94_bar__plus_00_dot_53)
        (objectAtLocation CellPhone_bar__minus_01_dot_74_bar__plus_03_dot_23_bar__plus_01_dot_19 loc_bar_8_bar_2_bar_2_bar_30)
        (objectType CellPhone_bar__minus_02_dot_54_bar__plus_00_dot_16_bar__plus_03_dot_47 CellPhoneType)
        (pickupable CellPhone_bar__minus_02_dot_54_bar__plus_00_dot_16_bar__plus_03_dot_47)
        (inReceptacle CellPhone_bar__minus_02_dot_54_bar__plus_00_dot_16_bar__plus_03_dot_47 Shelf_bar__plus_02_dot_07_bar__plus_02_dot_90_bar__minus_03_dot_13)
        (objectAtLocation CellPhone_bar__minus_02_dot_54_bar__plus_00_dot_16_bar__plus_03_dot_47 loc_bar__minus_6_bar_3_bar_1_bar__minus_30)
        (objectType Box_bar__minus_02_dot_23_bar__plus_01_dot_71_bar__minus_01_dot_92 BoxType)
        (pickupable Box_bar__minus_02_dot_23_bar__plus_01_dot_71_bar__minus_01_dot_92)
        (inReceptacle Box_bar__minus_02_dot_23_bar__plus_01_dot_71_bar__minus_01_dot_92 Cabinet_bar__plus_02_dot_95_bar__plus_01_dot_56_bar__plus_00_dot_40)
        (objectAtLocation Box_bar__minus_02_dot_23_bar__plus_01_dot_71_bar__minus_01_dot_92 loc_bar_5_bar_1_bar_3_bar_30)
        (objectType Vase_bar__minus_01_dot_56_bar__plus_02_dot_89_bar__plus_03_dot_38 VaseType)
        (pickupable Vase_bar__minus_01_dot_56_bar__plus_02_dot_89_bar__plus_03_dot_38)
        (inReceptacle Vase_bar__minus_01_dot_56_bar__plus_02_dot_89_bar__plus_03_dot_38 Shelf_bar__minus_02_dot_30_bar__plus_02_dot_36_bar__plus_02_dot_83)
        (objectAtLocation Vase_bar__minus_01_dot_56_bar__plus_02_dot_89_bar__plus_03_dot_38 loc_bar__minus_6_bar_5_bar_2_bar_0)
        (objectType Watch_bar__plus_01_dot_95_bar__plus_01_dot_96_bar__plus_00_dot_20 WatchType)
        (pickupable Watch_bar__plus_01_dot_95_bar__plus_01_dot_96_bar__plus_00_dot_20)
        (inReceptacle Watch_bar__plus_01_dot_95_bar__plus_01_dot_96_bar__plus_00_dot_20 CoffeeTable_bar__plus_02_dot_48_bar__plus_02_dot_31_bar__minus_02_dot_05)
        (objectAtLocation Watch_bar__plus_01_dot_95_bar__plus_01_dot_96_bar__plus_00_dot_20 loc_bar__minus_7_bar__minus_7_bar_0_bar__minus_30)
        (objectType Pillow_bar__minus_00_dot_68_bar__plus_02_dot_81_bar__plus_02_dot_32 PillowType)
        (pickupable Pillow_bar__minus_00_dot_68_bar__plus_02_dot_81_bar__plus_02_dot_32)
        (inReceptacle Pillow_bar__minus_00_dot_68_bar__plus_02_dot_81_bar__plus_02_dot_32 ArmChair_bar__minus_00_dot_38_bar__plus_00_dot_59_bar__plus_00_dot_16)
        (objectAtLocation Pillow_bar__minus_00_dot_68_bar__plus_02_dot_81_bar__plus_02_dot_32 loc_bar_8_bar_6_bar_1_bar_45)
        (objectType TissueBox_bar__plus_01_dot_68_bar__plus_02_dot_91_bar__minus_02_dot_78 TissueBoxType)
        (pickupable TissueBox_bar__plus_01_dot_68_bar__plus_02_dot_91_bar__minus_02_dot_78)
        (inReceptacle TissueBox_bar__plus_01_dot_68_bar__plus_02_dot_91_bar__minus_02_dot_78 SideTable_bar__minus_02_dot_58_bar__plus_03_dot_10_bar__minus_03_dot_23)
        (objectAtLocation TissueBox_bar__plus_01_dot_68_bar__plus_02_dot_91_bar__minus_02_dot_78 loc_bar_3_bar__minus_7_bar_1_bar_0)
        (objectType DeskLamp_bar__minus_00_dot_31_bar__plus_01_dot_92_bar__plus_03_dot_49 DeskLampType)
        (toggleable DeskLamp_bar__minus_00_dot_31_bar__plus_01_dot_92_bar__plus_03_dot_49)
        (inReceptacle DeskLamp_bar__minus_00_dot_31_bar__plus_01_dot_92_bar__plus_03_dot_49 SideTable_bar__minus_02_dot_58_bar__plus_03_dot_10_bar__minus_03_dot_23)
        (objectAtLocation DeskLamp_bar__minus_00_dot_31_bar__plus_01_dot_92_bar__plus_03_dot_49 loc_bar_3_bar__minus_7_bar_1_bar_0)
        (canContain ArmChairType BoxType)
        (canContain ArmChairType CellPhoneType)
        (canContain ArmChairType PillowType)
        (canContain CabinetType BoxType)
        (canContain CabinetType TissueBoxType)
        (canContain CabinetType VaseType)
        (canContain CoffeeTableType BoxType)
        (canContain CoffeeTableType CellPhoneType)
        (canContain CoffeeTableType TissueBoxType)
        (canContain CoffeeTableType VaseType)
        (canContain CoffeeTableType WatchType)
        (canContain ShelfType BoxType)
        (canContain ShelfType CellPhoneType)
        (canContain ShelfType TissueBoxType)
        (canContain ShelfType VaseType)
        (canContain ShelfType WatchType)
        (canContain SideTableType BoxType)
        (canContain SideTableType CellPhoneType)
        (canContain SideTableType TissueBoxType)
        (canContain SideTableType VaseType)
        (canContain SideTableType WatchType)
        (canContain SofaType BoxType)
        (canContain SofaType CellPhoneType)
        (canContain SofaType PillowType)
    )
(:goal
             (and
                 (exists (?ot - object
                          ?r - receptacle
                          ?a - agent
                          ?l - location)
                     (and
                         (objectType ?ot DeskLampType)
                         (toggleable ?ot)
                         (isToggled ?ot)
                         (receptacleAtLocation ?r ?l)
                         (atLocation ?a ?l)
                         (inReceptacle ?ot ?r)
                     )
                 )
                 (exists (?o - object
                          ?a - agent)
                     (and
                         (objectType ?o CellPhoneType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
