(define (problem plan_trial_T20190117_180449_330927)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        DeskLampType - otype
        KeyChainType - otype
        KnifeType - otype
        StatueType - otype
        TissueBoxType - otype
        VaseType - otype
        ArmChairType - rtype
        CabinetType - rtype
        CoffeeTableType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        Statue_bar__minus_01_dot_57_bar__plus_00_dot_49_bar__plus_01_dot_84 - object
        Statue_bar__minus_00_dot_94_bar__plus_01_dot_24_bar__minus_01_dot_50 - object
        TissueBox_bar__minus_01_dot_66_bar__plus_01_dot_49_bar__plus_02_dot_74 - object
        KeyChain_bar__plus_03_dot_00_bar__plus_00_dot_87_bar__plus_03_dot_34 - object
        Vase_bar__minus_01_dot_80_bar__plus_02_dot_22_bar__plus_03_dot_05 - object
        DeskLamp_bar__minus_02_dot_37_bar__plus_01_dot_45_bar__plus_02_dot_01 - object
        ArmChair_bar__minus_01_dot_67_bar__plus_01_dot_80_bar__minus_00_dot_69 - receptacle
        Cabinet_bar__minus_00_dot_32_bar__plus_00_dot_84_bar__minus_00_dot_69 - receptacle
        Cabinet_bar__plus_01_dot_12_bar__plus_03_dot_35_bar__minus_03_dot_12 - receptacle
        CoffeeTable_bar__plus_02_dot_26_bar__plus_00_dot_23_bar__plus_02_dot_72 - receptacle
        Drawer_bar__minus_00_dot_88_bar__plus_02_dot_74_bar__plus_00_dot_89 - receptacle
        SideTable_bar__plus_03_dot_12_bar__plus_01_dot_56_bar__minus_03_dot_33 - receptacle
        Sofa_bar__plus_00_dot_90_bar__plus_01_dot_82_bar__minus_02_dot_78 - receptacle
        loc_bar_2_bar_2_bar_0_bar_60 - location
        loc_bar_2_bar_9_bar_0_bar_45 - location
        loc_bar_3_bar_1_bar_1_bar_0 - location
        loc_bar_9_bar_7_bar_0_bar_30 - location
        loc_bar__minus_4_bar_4_bar_3_bar_60 - location
        loc_bar__minus_5_bar_7_bar_1_bar_30 - location
        loc_bar__minus_9_bar__minus_3_bar_2_bar__minus_30 - location
        loc_bar__minus_9_bar__minus_8_bar_2_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_9_bar__minus_8_bar_2_bar_15)
        (receptacleType ArmChair_bar__minus_01_dot_67_bar__plus_01_dot_80_bar__minus_00_dot_69 ArmChairType)
        (receptacleAtLocation ArmChair_bar__minus_01_dot_67_bar__plus_01_dot_80_bar__minus_00_dot_69 loc_bar__minus_4_bar_4_bar_3_bar_60)
        (receptacleType Cabinet_bar__minus_00_dot_32_bar__plus_00_dot_84_bar__minus_00_dot_69 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_32_bar__plus_00_dot_84_bar__minus_00_dot_69 loc_bar_3_bar_1_bar_1_bar_0)
        (openable Cabinet_bar__minus_00_dot_32_bar__plus_00_dot_84_bar__minus_00_dot_69)
        (receptacleType Cabinet_bar__plus_01_dot_12_bar__plus_03_dot_35_bar__minus_03_dot_12 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_12_bar__plus_03_dot_35_bar__minus_03_dot_12 loc_bar__minus_5_bar_7_bar_1_bar_30)
        (openable Cabinet_bar__plus_01_dot_12_bar__plus_03_dot_35_bar__minus_03_dot_12)
        (receptacleType CoffeeTable_bar__plus_02_dot_26_bar__plus_00_dot_23_bar__plus_02_dot_72 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_02_dot_26_bar__plus_00_dot_23_bar__plus_02_dot_72 loc_bar_9_bar_7_bar_0_bar_30)
        (receptacleType Drawer_bar__minus_00_dot_88_bar__plus_02_dot_74_bar__plus_00_dot_89 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_88_bar__plus_02_dot_74_bar__plus_00_dot_89 loc_bar_2_bar_9_bar_0_bar_45)
        (openable Drawer_bar__minus_00_dot_88_bar__plus_02_dot_74_bar__plus_00_dot_89)
        (receptacleType SideTable_bar__plus_03_dot_12_bar__plus_01_dot_56_bar__minus_03_dot_33 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_03_dot_12_bar__plus_01_dot_56_bar__minus_03_dot_33 loc_bar__minus_9_bar__minus_3_bar_2_bar__minus_30)
        (receptacleType Sofa_bar__plus_00_dot_90_bar__plus_01_dot_82_bar__minus_02_dot_78 SofaType)
        (receptacleAtLocation Sofa_bar__plus_00_dot_90_bar__plus_01_dot_82_bar__minus_02_dot_78 loc_bar_2_bar_2_bar_0_bar_60)
        (objectType Statue_bar__minus_01_dot_57_bar__plus_00_dot_49_bar__plus_01_dot_84 StatueType)
        (pickupable Statue_bar__minus_01_dot_57_bar__plus_00_dot_49_bar__plus_01_dot_84)
        (inReceptacle Statue_bar__minus_01_dot_57_bar__plus_00_dot_49_bar__plus_01_dot_84 SideTable_bar__plus_03_dot_12_bar__plus_01_dot_56_bar__minus_03_dot_33)
        (objectAtLocation Statue_bar__minus_01_dot_57_bar__plus_00_dot_49_bar__plus_01_dot_84 loc_bar__minus_9_bar__minus_3_bar_2_bar__minus_30)
        (objectType Statue_bar__minus_00_dot_94_bar__plus_01_dot_24_bar__minus_01_dot_50 StatueType)
        (pickupable Statue_bar__minus_00_dot_94_bar__plus_01_dot_24_bar__minus_01_dot_50)
        (inReceptacle Statue_bar__minus_00_dot_94_bar__plus_01_dot_24_bar__minus_01_dot_50 SideTable_bar__plus_03_dot_12_bar__plus_01_dot_56_bar__minus_03_dot_33)
        (objectAtLocation Statue_bar__minus_00_dot_94_bar__plus_01_dot_24_bar__minus_01_dot_50 loc_bar__minus_9_bar__minus_3_bar_2_bar__minus_30)
        (objectType TissueBox_bar__minus_01_dot_66_bar__plus_01_dot_49_bar__plus_02_dot_74 TissueBoxType)
        (pickupable TissueBox_bar__minus_01_dot_66_bar__plus_01_dot_49_bar__plus_02_dot_74)
        (inReceptacle TissueBox_bar__minus_01_dot_66_bar__plus_01_dot_49_bar__plus_02_dot_74 CoffeeTable_bar__plus_02_dot_26_bar__plus_00_dot_23_bar__plus_02_dot_72)
        (objectAtLocation TissueBox_bar__minus_01_dot_66_bar__plus_01_dot_49_bar__plus_02_dot_74 loc_bar_9_bar_7_bar_0_bar_30)
        (objectType KeyChain_bar__plus_03_dot_00_bar__plus_00_dot_87_bar__plus_03_dot_34 KeyChainType)
        (pickupable KeyChain_bar__plus_03_dot_00_bar__plus_00_dot_87_bar__plus_03_dot_34)
        (inReceptacle KeyChain_bar__plus_03_dot_00_bar__plus_00_dot_87_bar__plus_03_dot_34 CoffeeTable_bar__plus_02_dot_26_bar__plus_00_dot_23_bar__plus_02_dot_72)
        (objectAtLocation KeyChain_bar__plus_03_dot_00_bar__plus_00_dot_87_bar__plus_03_dot_34 loc_bar_9_bar_7_bar_0_bar_30)
        (objectType Vase_bar__minus_01_dot_80_bar__plus_02_dot_22_bar__plus_03_dot_05 VaseType)
        (pickupable Vase_bar__minus_01_dot_80_bar__plus_02_dot_22_bar__plus_03_dot_05)
        (inReceptacle Vase_bar__minus_01_dot_80_bar__plus_02_dot_22_bar__plus_03_dot_05 SideTable_bar__plus_03_dot_12_bar__plus_01_dot_56_bar__minus_03_dot_33)
        (objectAtLocation Vase_bar__minus_01_dot_80_bar__plus_02_dot_22_bar__plus_03_dot_05 loc_bar__minus_9_bar__minus_3_bar_2_bar__minus_30)
        (objectType DeskLamp_bar__minus_02_dot_37_bar__plus_01_dot_45_bar__plus_02_dot_01 DeskLampType)
        (toggleable DeskLamp_bar__minus_02_dot_37_bar__plus_01_dot_45_bar__plus_02_dot_01)
        (inReceptacle DeskLamp_bar__minus_02_dot_37_bar__plus_01_dot_45_bar__plus_02_dot_01 SideTable_bar__plus_03_dot_12_bar__plus_01_dot_56_bar__minus_03_dot_33)
        (objectAtLocation DeskLamp_bar__minus_02_dot_37_bar__plus_01_dot_45_bar__plus_02_dot_01 loc_bar__minus_9_bar__minus_3_bar_2_bar__minus_30)
        (canContain ArmChairType KeyChainType)
        (canContain CabinetType TissueBoxType)
        (canContain CabinetType VaseType)
        (canContain CoffeeTableType KeyChainType)
        (canContain CoffeeTableType StatueType)
        (canContain CoffeeTableType TissueBoxType)
        (canContain CoffeeTableType VaseType)
        (canContain DrawerType KeyChainType)
        (canContain DrawerType TissueBoxType)
        (canContain SideTableType KeyChainType)
        (canContain SideTableType StatueType)
        (canContain SideTableType TissueBoxType)
        (canContain SideTableType VaseType)
        (canContain SofaType KeyChainType)
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
                         (objectType ?o StatueType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
