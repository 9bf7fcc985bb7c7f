(define (problem plan_trial_T20190522_175127_968509)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        DeskLampType - otype
        KeyChainType - otype
        KnifeType - otype
        NewspaperType - otype
        RemoteControlType - otype
        StatueType - otype
        ArmChairType - rtype
        CoffeeTableType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        RemoteControl_bar__plus_01_dot_25_bar__plus_01_dot_47_bar__plus_01_dot_82 - object
        RemoteControl_bar__plus_02_dot_86_bar__plus_01_dot_45_bar__minus_01_dot_06 - object
        RemoteControl_bar__plus_00_dot_63_bar__plus_02_dot_81_bar__plus_03_dot_00 - object
        Newspaper_bar__minus_01_dot_77_bar__plus_03_dot_39_bar__minus_00_dot_38 - object
        KeyChain_bar__minus_00_dot_80_bar__plus_02_dot_05_bar__minus_00_dot_90 - object
        Statue_bar__plus_01_dot_66_bar__plus_02_dot_64_bar__minus_02_dot_43 - object
        DeskLamp_bar__minus_02_dot_36_bar__plus_00_dot_13_bar__plus_00_dot_54 - object
        ArmChair_bar__plus_02_dot_36_bar__plus_01_dot_72_bar__plus_02_dot_76 - receptacle
        CoffeeTable_bar__minus_00_dot_36_bar__plus_02_dot_10_bar__minus_03_dot_42 - receptacle
        GarbageCan_bar__plus_01_dot_85_bar__plus_01_dot_38_bar__minus_02_dot_97 - receptacle
        Shelf_bar__plus_02_dot_60_bar__plus_01_dot_24_bar__minus_01_dot_58 - receptacle
        Shelf_bar__plus_02_dot_25_bar__plus_00_dot_94_bar__minus_00_dot_56 - receptacle
        SideTable_bar__plus_01_dot_86_bar__plus_00_dot_63_bar__plus_02_dot_98 - receptacle
        SideTable_bar__plus_01_dot_82_bar__plus_02_dot_83_bar__plus_02_dot_70 - receptacle
        Sofa_bar__minus_02_dot_96_bar__plus_00_dot_50_bar__plus_03_dot_45 - receptacle
        loc_bar_3_bar_0_bar_2_bar_45 - location
        loc_bar_3_bar__minus_7_bar_1_bar__minus_30 - location
        loc_bar_4_bar_8_bar_2_bar_45 - location
        loc_bar_5_bar_6_bar_2_bar_60 - location
        loc_bar_6_bar_5_bar_0_bar_15 - location
        loc_bar__minus_1_bar_6_bar_1_bar_30 - location
        loc_bar__minus_2_bar_7_bar_1_bar_30 - location
        loc_bar__minus_4_bar__minus_2_bar_0_bar_60 - location
        loc_bar__minus_8_bar__minus_4_bar_0_bar_0 - location
    )
    (:init
        (atLocation agent1 loc_bar_5_bar_6_bar_2_bar_60)
        (receptacleType ArmChair_bar__plus_02_dot_36_bar__plus_01_dot_72_bar__plus_02_dot_76 ArmChairType)
        (receptacleAtLocation ArmChair_bar__plus_02_dot_36_bar__plus_01_dot_72_bar__plus_02_dot_76 loc_bar_6_bar_5_bar_0_bar_15)
        (receptacleType CoffeeTable_bar__minus_00_dot_36_bar__plus_02_dot_10_bar__minus_03_dot_42 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__minus_00_dot_36_bar__plus_02_dot_10_bar__minus_03_dot_42 loc_bar_3_bar__minus_7_bar_1_bar__minus_30)
        (receptacleType GarbageCan_bar__plus_01_dot_85_bar__plus_01_dot_38_bar__minus_02_dot_97 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_01_dot_85_bar__plus_01_dot_38_bar__minus_02_dot_97 loc_bar_3_bar_0_bar_2_bar_45)
        (receptacleType Shelf_bar__plus_02_dot_60_bar__plus_01_dot_24_bar__minus_01_dot_58 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_60_bar__plus_01_dot_24_bar__minus_01_dot_58 loc_bar__minus_2_bar_7_bar_1_bar_30)
        (receptacleType Shelf_bar__plus_02_dot_25_bar__plus_00_dot_94_bar__minus_00_dot_56 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_25_bar__plus_00_dot_94_bar__minus_00_dot_56 loc_bar_4_bar_8_bar_2_bar_45)
        (receptacleType SideTable_bar__plus_01_dot_86_bar__plus_00_dot_63_bar__plus_02_dot_98 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_01_dot_86_bar__plus_00_dot_63_bar__plus_02_dot_98 loc_bar__minus_8_bar__minus_4_bar_0_bar_0)
        (receptacleType SideTable_bar__plus_01_dot_82_bar__plus_02_dot_83_bar__plus_02_dot_70 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_01_dot_82_bar__plus_02_dot_83_bar__plus_02_dot_70 loc_bar__minus_1_bar_6_bar_1_bar_30)
        (receptacleType Sofa_bar__minus_02_dot_96_bar__plus_00_dot_50_bar__plus_03_dot_45 SofaType)
        (receptacleAtLocation Sofa_bar__minus_02_dot_96_bar__plus_00_dot_50_bar__plus_03_dot_45 loc_bar__minus_4_bar__minus_2_bar_0_bar_60)
        (objectType RemoteControl_bar__plus_01_dot_25_bar__plus_01_dot_47_bar__plus_01_dot_82 RemoteControlType)
        (pickupable RemoteControl_bar__plus_01_dot_25_bar__plus_01_dot_47_bar__plus_01_dot_82)
        (inReceptacle RemoteControl_bar__plus_01_dot_25_bar__plus_01_dot_47_bar__plus_01_dot_82 SideTable_bar__plus_01_dot_86_bar__plus_00_dot_63_bar__plus_02_dot_98)
        (objectAtLocation RemoteControl_bar__plus_01_dot_25_bar__plus_01_dot_47_bar__plus_01_dot_82 loc_bar__minus_8_bar__minus_4_bar_0_bar_0)
        (objectType RemoteControl_bar__plus_02_dot_86_bar__plus_01_dot_45_bar__minus_01_dot_06 RemoteControlType)
        (pickupable RemoteControl_bar__plus_02_dot_86_bar__plus_01_dot_45_bar__minus_01_dot_06)
        (inReceptacle RemoteControl_bar__plus_02_dot_86_bar__plus_01_dot_45_bar__minus_01_dot_06 SideTable_bar__plus_01_dot_82_bar__plus_02_dot_83_bar__plus_02_dot_70)
        (objectAtLocation RemoteControl_bar__plus_02_dot_86_bar__plus_01_dot_45_bar__minus_01_dot_06 loc_bar__minus_1_bar_6_bar_1_bar_30)
        (objectType RemoteControl_bar__plus_00_dot_63_bar__plus_02_dot_81_bar__plus_03_dot_00 RemoteControlType)
        (pickupable RemoteControl_bar__plus_00_dot_63_bar__plus_02_dot_81_bar__plus_03_dot_00)
        (inReceptacle RemoteControl_bar__plus_00_dot_63_bar__plus_02_dot_81_bar__plus_03_dot_00 Shelf_bar__plus_02_dot_25_bar__plus_00_dot_94_bar__minus_00_dot_56)
        (objectAtLocation RemoteControl_bar__plus_00_dot_63_bar__plus_02_dot_81_bar__plus_03_dot_00 loc_bar_4_bar_8_bar_2_bar_45)
        (objectType Newspaper_bar__minus_01_dot_77_bar__plus_03_dot_39_bar__minus_00_dot_38 NewspaperType)
        (pickupable Newspaper_bar__minus_01_dot_77_bar__plus_03_dot_39_bar__minus_00_dot_38)
        (inReceptacle Newspaper_bar__minus_01_dot_77_bar__plus_03_dot_39_bar__minus_00_dot_38 GarbageCan_bar__plus_01_dot_85_bar__plus_01_dot_38_bar__minus_02_dot_97)
        (objectAtLocation Newspaper_bar__minus_01_dot_77_bar__plus_03_dot_39_bar__minus_00_dot_38 loc_bar_3_bar_0_bar_2_bar_45)
        (objectType KeyChain_bar__minus_00_dot_80_bar__plus_02_dot_05_bar__minus_00_dot_90 KeyChainType)
        (pickupable KeyChain_bar__minus_00_dot_80_bar__plus_02_dot_05_bar__minus_00_dot_90)
        (inReceptacle KeyChain_bar__minus_00_dot_80_bar__plus_02_dot_05_bar__minus_00_dot_90 Shelf_bar__plus_02_dot_25_bar__plus_00_dot_94_bar__minus_00_dot_56)
        (objectAtLocation KeyChain_bar__minus_00_dot_80_bar__plus_02_dot_05_bar__minus_00_dot_90 loc_bar_4_bar_8_bar_2_bar_45)
        (objectType Statue_bar__plus_01_dot_66_bar__plus_02_dot_64_bar__minus_02_dot_43 StatueType)
        (pickupable Statue_bar__plus_01_dot_66_bar__plus_02_dot_64_bar__minus_02_dot_43)
        (inReceptacle Statue_bar__plus_01_dot_66_bar__plus_02_dot_64_bar__minus_02_dot_43 CoffeeTable_bar__minus_00_dot_36_bar__plus_02_dot_10_bar__minus_03_dot_42)
        (objectAtLocation Statue_bar__plus_01_dot_66_bar__plus_02_dot_64_bar__minus_02_dot_43 loc_bar_3_bar__minus_7_bar_1_bar__minus_30)
        (objectType DeskLamp_bar__minus_02_dot_36_bar__plus_00_dot_13_bar__plus_00_dot_54 DeskLampType)
        (toggleable DeskLamp_bar__minus_02_dot_36_bar__plus_00_dot_13_bar__plus_00_dot_54)
        (inReceptacle DeskLamp_bar__minus_02_dot_36_bar__plus_00_dot_13_bar__plus_00_dot_54 SideTable_bar__plus_01_dot_82_bar__plus_02_dot_83_bar__plus_02_dot_70)
        (objectAtLocation DeskLamp_bar__minus_02_dot_36_bar__plus_00_dot_13_bar__plus_00_dot_54 loc_bar__minus_1_bar_6_bar_1_bar_30)
        (canContain ArmChairType KeyChainType)
        (canContain ArmChairType NewspaperType)
        (canContain ArmChairType RemoteControlType)
        (canContain CoffeeTableType KeyChainType)
        (canContain CoffeeTableType NewspaperType)
        (canContain CoffeeTableType RemoteControlType)
        (canContain CoffeeTableType StatueType)
        (canContain GarbageCanType NewspaperType)
        (canContain ShelfType KeyChainType)
        (canContain ShelfType NewspaperType)
        (canContain ShelfType RemoteControlType)
        (canContain ShelfType StatueType)
        (canContain SideTableType KeyChainType)
        (canContain SideTableType NewspaperType)
        (canContain SideTableType RemoteControlType)
        (canContain SideTableType StatueType)
        (canContain SofaType KeyChainType)
        (canContain SofaType NewspaperType)
        (canContain SofaType RemoteControlType)
    )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 RemoteControlType)
                                    (receptacleType ?r CoffeeTableType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 RemoteControlType)
                                            (receptacleType ?r CoffeeTableType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
