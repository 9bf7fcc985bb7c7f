(define (problem plan_trial_T20191016_165011_815613)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        DeskLampType - otype
        KeyChainType - otype
        KnifeType - otype
        RemoteControlType - otype
        StatueType - otype
        TissueBoxType - otype
        CabinetType - rtype
        CoffeeTableType - rtype
        DresserType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        KeyChain_bar__minus_00_dot_85_bar__plus_00_dot_01_bar__minus_01_dot_13 - object
        KeyChain_bar__minus_02_dot_62_bar__plus_00_dot_41_bar__minus_00_dot_18 - object
        Statue_bar__minus_02_dot_16_bar__plus_00_dot_79_bar__plus_01_dot_13 - object
        TissueBox_bar__minus_02_dot_84_bar__plus_02_dot_42_bar__minus_02_dot_24 - object
        RemoteControl_bar__minus_02_dot_90_bar__plus_02_dot_95_bar__minus_02_dot_83 - object
        DeskLamp_bar__plus_01_dot_15_bar__plus_00_dot_36_bar__plus_02_dot_49 - object
        Cabinet_bar__minus_03_dot_28_bar__plus_02_dot_80_bar__plus_01_dot_96 - receptacle
        CoffeeTable_bar__minus_00_dot_38_bar__plus_00_dot_86_bar__plus_03_dot_00 - receptacle
        Dresser_bar__minus_02_dot_84_bar__plus_02_dot_24_bar__plus_02_dot_15 - receptacle
        GarbageCan_bar__minus_00_dot_58_bar__plus_00_dot_50_bar__plus_02_dot_92 - receptacle
        Shelf_bar__minus_00_dot_33_bar__plus_02_dot_43_bar__plus_00_dot_03 - receptacle
        SideTable_bar__minus_01_dot_83_bar__plus_02_dot_22_bar__minus_01_dot_16 - receptacle
        Sofa_bar__plus_00_dot_22_bar__plus_02_dot_92_bar__minus_00_dot_04 - receptacle
        loc_bar_5_bar__minus_4_bar_2_bar_45 - location
        loc_bar_8_bar__minus_4_bar_1_bar_15 - location
        loc_bar__minus_2_bar__minus_7_bar_3_bar_60 - location
        loc_bar__minus_4_bar__minus_1_bar_3_bar_15 - location
        loc_bar__minus_7_bar_2_bar_3_bar_60 - location
        loc_bar__minus_8_bar_0_bar_0_bar_60 - location
        loc_bar__minus_8_bar_8_bar_2_bar_45 - location
        loc_bar__minus_9_bar_5_bar_3_bar_0 - location
    )
    (:init
        (atLocation agent1 loc_bar_8_bar__minus_4_bar_1_bar_15)
        (receptacleType Cabinet_bar__minus_03_dot_28_bar__plus_02_dot_80_bar__plus_01_dot_96 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_03_dot_28_bar__plus_02_dot_80_bar__plus_01_dot_96 loc_bar__minus_4_bar__minus_1_bar_3_bar_15)
        (openable Cabinet_bar__minus_03_dot_28_bar__plus_02_dot_80_bar__plus_01_dot_96)
        (receptacleType CoffeeTable_bar__minus_00_dot_38_bar__plus_00_dot_86_bar__plus_03_dot_00 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__minus_00_dot_38_bar__plus_00_dot_86_bar__plus_03_dot_00 loc_bar__minus_9_bar_5_bar_3_bar_0)
        (receptacleType Dresser_bar__minus_02_dot_84_bar__plus_02_dot_24_bar__plus_02_dot_15 DresserType)
        (receptacleAtLocation Dresser_bar__minus_02_dot_84_bar__plus_02_dot_24_bar__plus_02_dot_15 loc_bar__minus_7_bar_2_bar_3_bar_60)
        (receptacleType GarbageCan_bar__minus_00_dot_58_bar__plus_00_dot_50_bar__plus_02_dot_92 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_00_dot_58_bar__plus_00_dot_50_bar__plus_02_dot_92 loc_bar__minus_8_bar_0_bar_0_bar_60)
        (receptacleType Shelf_bar__minus_00_dot_33_bar__plus_02_dot_43_bar__plus_00_dot_03 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_00_dot_33_bar__plus_02_dot_43_bar__plus_00_dot_03 loc_bar__minus_2_bar__minus_7_bar_3_bar_60)
        (receptacleType SideTable_bar__minus_01_dot_83_bar__plus_02_dot_22_bar__minus_01_dot_16 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_01_dot_83_bar__plus_02_dot_22_bar__minus_01_dot_16 loc_bar__minus_8_bar_8_bar_2_bar_45)
        (receptacleType Sofa_bar__plus_00_dot_22_bar__plus_02_dot_92_bar__minus_00_dot_04 SofaType)
        (receptacleAtLocation Sofa_bar__plus_00_dot_22_bar__plus_02_dot_92_bar__minus_00_dot_04 loc_bar_5_bar__minus_4_bar_2_bar_45)
        (objectType KeyChain_bar__minus_00_dot_85_bar__plus_00_dot_01_bar__minus_01_dot_13 KeyChainType)
        (pickupable KeyChain_bar__minus_00_dot_85_bar__plus_00_dot_01_bar__minus_01_dot_13)
        (inReceptacle KeyChain_bar__minus_00_dot_85_bar__plus_00_dot_01_bar__minus_01_dot_13 Shelf_bar__minus_00_dot_33_bar__plus_02_dot_43_bar__plus_00_dot_03)
        (objectAtLocation KeyChain_bar__minus_00_dot_85_bar__plus_00_dot_01_bar__minus_01_dot_13 loc_bar__minus_2_bar__minus_7_bar_3_bar_60)
        (objectType KeyChain_bar__minus_02_dot_62_bar__plus_00_dot_41_bar__minus_00_dot_18 KeyChainType)
        (pickupable KeyChain_bar__minus_02_dot_62_bar__plus_00_dot_41_bar__minus_00_dot_18)
        (inReceptacle KeyChain_bar__minus_02_dot_62_bar__plus_00_dot_41_bar__minus_00_dot_18 Sofa_bar__plus_00_dot_22_bar__plus_02_dot_92_bar__minus_00_dot_04)
        (objectAtLocation KeyChain_bar__minus_02_dot_62_bar__plus_00_dot_41_bar__minus_00_dot_18 loc_bar_5_bar__minus_4_bar_2_bar_45)
        (objectType Statue_bar__minus_02_dot_16_bar__plus_00_dot_79_bar__plus_01_dot_13 StatueType)
        (pickupable Statue_bar__minus_02_dot_16_bar__plus_00_dot_79_bar__plus_01_dot_13)
        (inReceptacle Statue_bar__minus_02_dot_16_bar__plus_00_dot_79_bar__plus_01_dot_13 Dresser_bar__minus_02_dot_84_bar__plus_02_dot_24_bar__plus_02_dot_15)
        (objectAtLocation Statue_bar__minus_02_dot_16_bar__plus_00_dot_79_bar__plus_01_dot_13 loc_bar__minus_7_bar_2_bar_3_bar_60)
        (objectType TissueBox_bar__minus_02_dot_84_bar__plus_02_dot_42_bar__minus_02_dot_24 TissueBoxType)
        (pickupable TissueBox_bar__minus_02_dot_84_bar__plus_02_dot_42_bar__minus_02_dot_24)
        (inReceptacle TissueBox_bar__minus_02_dot_84_bar__plus_02_dot_42_bar__minus_02_dot_24 Dresser_bar__minus_02_dot_84_bar__plus_02_dot_24_bar__plus_02_dot_15)
        (objectAtLocation TissueBox_bar__minus_02_dot_84_bar__plus_02_dot_42_bar__minus_02_dot_24 loc_bar__minus_7_bar_2_bar_3_bar_60)
        (objectType RemoteControl_bar__minus_02_dot_90_bar__plus_02_dot_95_bar__minus_02_dot_83 RemoteControlType)
        (pickupable RemoteControl_bar__minus_02_dot_90_bar__plus_02_dot_95_bar__minus_02_dot_83)
        (inReceptacle RemoteControl_bar__minus_02_dot_90_bar__plus_02_dot_95_bar__minus_02_dot_83 SideTable_bar__minus_01_dot_83_bar__plus_02_dot_22_bar__minus_01_dot_16)
        (objectAtLocation RemoteControl_bar__minus_02_dot_90_bar__plus_02_dot_95_bar__minus_02_dot_83 loc_bar__minus_8_bar_8_bar_2_bar_45)
        (objectType DeskLamp_bar__plus_01_dot_15_bar__plus_00_dot_36_bar__plus_02_dot_49 DeskLampType)
        (toggleable DeskLamp_bar__plus_01_dot_15_bar__plus_00_dot_36_bar__plus_02_dot_49)
        (inReceptacle DeskLamp_bar__plus_01_dot_15_bar__plus_00_dot_36_bar__plus_02_dot_49 SideTable_bar__minus_01_dot_83_bar__plus_02_dot_22_bar__minus_01_dot_16)
        (objectAtLocation DeskLamp_bar__plus_01_dot_15_bar__plus_00_dot_36_bar__plus_02_dot_49 loc_bar__minus_8_bar_8_bar_2_bar_45)
        (canContain CabinetType TissueBoxType)
        (canContain CoffeeTableType KeyChainType)
        (canContain CoffeeTableType RemoteControlType)
        (canContain CoffeeTableType StatueType)
        (canContain CoffeeTableType TissueBoxType)
        (canContain DresserType KeyChainType)
        (canContain DresserType RemoteControlType)
        (canContain DresserType StatueType)
        (canContain DresserType TissueBoxType)
        (canContain GarbageCanType TissueBoxType)
        (canContain ShelfType KeyChainType)
        (canContain ShelfType RemoteControlType)
        (canContain ShelfType StatueType)
        (canContain ShelfType TissueBoxType)
        (canContain SideTableType KeyChainType)
        (canContain SideTableType RemoteControlType)
        (canContain SideTableType StatueType)
        (canContain SideTableType TissueBoxType)
        (canContain SofaType KeyChainType)
        (canContain SofaType RemoteControlType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o KeyChainType)
                            (receptacleType ?r DresserType)
                        )
                    )
                )
            )
        )
    )
