(define (problem plan_trial_T20190817_230801_427640)
    (:domain alfred)
    (:objects
        agent1 - agent
        BoxType - otype
        ButterKnifeType - otype
        DeskLampType - otype
        KnifeType - otype
        PillowType - otype
        StatueType - otype
        TissueBoxType - otype
        CabinetType - rtype
        CoffeeTableType - rtype
        DrawerType - rtype
        DresserType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        Box_bar__minus_02_dot_05_bar__plus_00_dot_57_bar__plus_00_dot_85 - object
        Box_bar__minus_00_dot_08_bar__plus_00_dot_79_bar__minus_00_dot_26 - object
        Pillow_bar__minus_01_dot_29_bar__plus_02_dot_91_bar__minus_02_dot_23 - object
        TissueBox_bar__minus_03_dot_42_bar__plus_00_dot_01_bar__minus_02_dot_07 - object
        Statue_bar__minus_02_dot_49_bar__plus_02_dot_48_bar__plus_02_dot_34 - object
        DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__plus_02_dot_72 - object
        Cabinet_bar__plus_01_dot_22_bar__plus_02_dot_85_bar__minus_00_dot_42 - receptacle
        CoffeeTable_bar__plus_00_dot_24_bar__plus_02_dot_82_bar__minus_02_dot_22 - receptacle
        Drawer_bar__plus_01_dot_81_bar__plus_03_dot_23_bar__plus_00_dot_43 - receptacle
        Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71 - receptacle
        SideTable_bar__minus_00_dot_02_bar__plus_02_dot_40_bar__plus_03_dot_27 - receptacle
        Sofa_bar__plus_00_dot_62_bar__plus_00_dot_23_bar__minus_02_dot_41 - receptacle
        loc_bar_4_bar_9_bar_0_bar_30 - location
        loc_bar_6_bar__minus_5_bar_2_bar__minus_30 - location
        loc_bar_7_bar_6_bar_2_bar_30 - location
        loc_bar_9_bar_6_bar_3_bar__minus_30 - location
        loc_bar__minus_3_bar_3_bar_1_bar_60 - location
        loc_bar__minus_7_bar_3_bar_2_bar__minus_30 - location
        loc_bar__minus_8_bar_0_bar_2_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_9_bar_6_bar_3_bar__minus_30)
        (receptacleType Cabinet_bar__plus_01_dot_22_bar__plus_02_dot_85_bar__minus_00_dot_42 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_22_bar__plus_02_dot_85_bar__minus_00_dot_42 loc_bar_6_bar__minus_5_bar_2_bar__minus_30)
        (openable Cabinet_bar__plus_01_dot_22_bar__plus_02_dot_85_bar__minus_00_dot_42)
        (receptacleType CoffeeTable_bar__plus_00_dot_24_bar__plus_02_dot_82_bar__minus_02_dot_22 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_00_dot_24_bar__plus_02_dot_82_bar__minus_02_dot_22 loc_bar_4_bar_9_bar_0_bar_30)
        (receptacleType Drawer_bar__plus_01_dot_81_bar__plus_03_dot_23_bar__plus_00_dot_43 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_81_bar__plus_03_dot_23_bar__plus_00_dot_43 loc_bar__minus_3_bar_3_bar_1_bar_60)
        (openable Drawer_bar__plus_01_dot_81_bar__plus_03_dot_23_bar__plus_00_dot_43)
        (receptacleType Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71 DresserType)
        (receptacleAtLocation Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71 loc_bar_7_bar_6_bar_2_bar_30)
        (receptacleType SideTable_bar__minus_00_dot_02_bar__plus_02_dot_40_bar__plus_03_dot_27 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_00_dot_02_bar__plus_02_dot_40_bar__plus_03_dot_27 loc_bar__minus_8_bar_0_bar_2_bar__minus_30)
        (receptacleType Sofa_bar__plus_00_dot_62_bar__plus_00_dot_23_bar__minus_02_dot_41 SofaType)
        (receptacleAtLocation Sofa_bar__plus_00_dot_62_bar__plus_00_dot_23_bar__minus_02_dot_41 loc_bar__minus_7_bar_3_bar_2_bar__minus_30)
        (objectType Box_bar__minus_02_dot_05_bar__plus_00_dot_57_bar__plus_00_dot_85 BoxType)
        (pickupable Box_bar__minus_02_dot_05_bar__plus_00_dot_57_bar__plus_00_dot_85)
        (inReceptacle Box_bar__minus_02_dot_05_bar__plus_00_dot_57_bar__plus_00_dot_85 Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71)
        (objectAtLocation Box_bar__minus_02_dot_05_bar__plus_00_dot_57_bar__plus_00_dot_85 loc_bar_7_bar_6_bar_2_bar_30)
        (objectType Box_bar__minus_00_dot_08_bar__plus_00_dot_79_bar__minus_00_dot_26 BoxType)
        (pickupable Box_bar__minus_00_dot_08_bar__plus_00_dot_79_bar__minus_00_dot_26)
        (inReceptacle Box_bar__minus_00_dot_08_bar__plus_00_dot_79_bar__minus_00_dot_26 CoffeeTable_bar__plus_00_dot_24_bar__plus_02_dot_82_bar__minus_02_dot_22)
        (objectAtLocation Box_bar__minus_00_dot_08_bar__plus_00_dot_79_bar__minus_00_dot_26 loc_bar_4_bar_9_bar_0_bar_30)
        (objectType Pillow_bar__minus_01_dot_29_bar__plus_02_dot_91_bar__minus_02_dot_23 PillowType)
        (pickupable Pillow_bar__minus_01_dot_29_bar__plus_02_dot_91_bar__minus_02_dot_23)
        (inReceptacle Pillow_bar__minus_01_dot_29_bar__plus_02_dot_91_bar__minus_02_dot_23 Sofa_bar__plus_00_dot_62_bar__plus_00_dot_23_bar__minus_02_dot_41)
        (objectAtLocation Pillow_bar__minus_01_dot_29_bar__plus_02_dot_91_bar__minus_02_dot_23 loc_bar__minus_7_bar_3_bar_2_bar__minus_30)
        (objectType TissueBox_bar__minus_03_dot_42_bar__plus_00_dot_01_bar__minus_02_dot_07 TissueBoxType)
        (pickupable TissueBox_bar__minus_03_dot_42_bar__plus_00_dot_01_bar__minus_02_dot_07)
        (inReceptacle TissueBox_bar__minus_03_dot_42_bar__plus_00_dot_01_bar__minus_02_dot_07 Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71)
        (objectAtLocation TissueBox_bar__minus_03_dot_42_bar__plus_00_dot_01_bar__minus_02_dot_07 loc_bar_7_bar_6_bar_2_bar_30)
        (objectType Statue_bar__minus_02_dot_49_bar__plus_02_dot_48_bar__plus_02_dot_34 StatueType)
        (pickupable Statue_bar__minus_02_dot_49_bar__plus_02_dot_48_bar__plus_02_dot_34)
        (inReceptacle Statue_bar__minus_02_dot_49_bar__plus_02_dot_48_bar__plus_02_dot_34 Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71)
        (objectAtLocation Statue_bar__minus_02_dot_49_bar__plus_02_dot_48_bar__plus_02_dot_34 loc_bar_7_bar_6_bar_2_bar_30)
        (objectType DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__plus_02_dot_72 DeskLampType)
        (toggleable DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__plus_02_dot_72)
        (inReceptacle DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__plus_02_dot_72 Dresser_bar__minus_03_dot_30_bar__plus_01_dot_04_bar__minus_02_dot_71)
        (objectAtLocation DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__plus_02_dot_72 loc_bar_7_bar_6_bar_2_bar_30)
        (canContain CabinetType BoxType)
        (canContain CabinetType TissueBoxType)
        (canContain CoffeeTableType BoxType)
        (canContain CoffeeTableType StatueType)
        (canContain CoffeeTableType TissueBoxType)
        (canContain DrawerType TissueBoxType)
        (canContain DresserType BoxType)
        (canContain DresserType StatueType)
        (canContain DresserType TissueBoxType)
        (canContain SideTableType BoxType)
        (canContain SideTableType StatueType)
        (canContain SideTableType TissueBoxType)
        (canContain SofaType BoxType)
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
                         (objectType ?o BoxType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
