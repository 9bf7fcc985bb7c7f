(define (problem plan_trial_T20190208_182925_292326)
    (:domain alfred)
    (:objects
        agent1 - agent
        BoxType - otype
        ButterKnifeType - otype
        DeskLampType - otype
        KeyChainType - otype
        KnifeType - otype
        LaptopType - otype
        WatchType - otype
        ArmChairType - rtype
        CoffeeTableType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        Laptop_bar__minus_00_dot_00_bar__plus_01_dot_01_bar__minus_01_dot_25 - object
        Laptop_bar__plus_01_dot_48_bar__plus_02_dot_38_bar__plus_01_dot_09 - object
        Laptop_bar__minus_01_dot_97_bar__plus_00_dot_58_bar__plus_03_dot_28 - object
        KeyChain_bar__plus_03_dot_19_bar__plus_02_dot_67_bar__minus_00_dot_55 - object
        Box_bar__plus_01_dot_12_bar__plus_03_dot_27_bar__minus_02_dot_03 - object
        Watch_bar__plus_01_dot_09_bar__plus_00_dot_91_bar__plus_00_dot_51 - object
        DeskLamp_bar__minus_02_dot_07_bar__plus_00_dot_33_bar__plus_01_dot_58 - object
        ArmChair_bar__plus_01_dot_00_bar__plus_00_dot_53_bar__plus_00_dot_84 - receptacle
        CoffeeTable_bar__plus_00_dot_70_bar__plus_00_dot_77_bar__plus_01_dot_46 - receptacle
        GarbageCan_bar__plus_02_dot_92_bar__plus_01_dot_57_bar__plus_02_dot_76 - receptacle
        Shelf_bar__plus_01_dot_68_bar__plus_01_dot_42_bar__plus_00_dot_05 - receptacle
        Shelf_bar__minus_02_dot_16_bar__plus_00_dot_01_bar__minus_03_dot_43 - receptacle
        SideTable_bar__minus_01_dot_05_bar__plus_01_dot_20_bar__minus_01_dot_89 - receptacle
        SideTable_bar__minus_02_dot_15_bar__plus_02_dot_87_bar__minus_01_dot_54 - receptacle
        Sofa_bar__minus_00_dot_43_bar__plus_00_dot_23_bar__plus_01_dot_59 - receptacle
        loc_bar_0_bar_2_bar_1_bar__minus_30 - location
        loc_bar_0_bar__minus_6_bar_1_bar_30 - location
        loc_bar_7_bar__minus_3_bar_3_bar_30 - location
        loc_bar_8_bar_0_bar_1_bar__minus_30 - location
        loc_bar__minus_1_bar__minus_1_bar_1_bar_30 - location
        loc_bar__minus_3_bar_8_bar_1_bar__minus_30 - location
        loc_bar__minus_5_bar_3_bar_0_bar_15 - location
        loc_bar__minus_8_bar__minus_4_bar_1_bar_45 - location
        loc_bar__minus_8_bar__minus_9_bar_0_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_0_bar_2_bar_1_bar__minus_30)
        (receptacleType ArmChair_bar__plus_01_dot_00_bar__plus_00_dot_53_bar__plus_00_dot_84 ArmChairType)
        (receptacleAtLocation ArmChair_bar__plus_01_dot_00_bar__plus_00_dot_53_bar__plus_00_dot_84 loc_bar__minus_3_bar_8_bar_1_bar__minus_30)
        (receptacleType CoffeeTable_bar__plus_00_dot_70_bar__plus_00_dot_77_bar__plus_01_dot_46 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_00_dot_70_bar__plus_00_dot_77_bar__plus_01_dot_46 loc_bar__minus_8_bar__minus_9_bar_0_bar__minus_30)
        (receptacleType GarbageCan_bar__plus_02_dot_92_bar__plus_01_dot_57_bar__plus_02_dot_76 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_02_dot_92_bar__plus_01_dot_57_bar__plus_02_dot_76 loc_bar_8_bar_0_bar_1_bar__minus_30)
        (receptacleType Shelf_bar__plus_01_dot_68_bar__plus_01_dot_42_bar__plus_00_dot_05 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_68_bar__plus_01_dot_42_bar__plus_00_dot_05 loc_bar__minus_5_bar_3_bar_0_bar_15)
        (receptacleType Shelf_bar__minus_02_dot_16_bar__plus_00_dot_01_bar__minus_03_dot_43 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_16_bar__plus_00_dot_01_bar__minus_03_dot_43 loc_bar_7_bar__minus_3_bar_3_bar_30)
        (receptacleType SideTable_bar__minus_01_dot_05_bar__plus_01_dot_20_bar__minus_01_dot_89 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_01_dot_05_bar__plus_01_dot_20_bar__minus_01_dot_89 loc_bar__minus_1_bar__minus_1_bar_1_bar_30)
        (receptacleType SideTable_bar__minus_02_dot_15_bar__plus_02_dot_87_bar__minus_01_dot_54 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_02_dot_15_bar__plus_02_dot_87_bar__minus_01_dot_54 loc_bar__minus_8_bar__minus_4_bar_1_bar_45)
        (receptacleType Sofa_bar__minus_00_dot_43_bar__plus_00_dot_23_bar__plus_01_dot_59 SofaType)
        (receptacleAtLocation Sofa_bar__minus_00_dot_43_bar__plus_00_dot_23_bar__plus_01_dot_59 loc_bar_0_bar__minus_6_bar_1_bar_30)
        (objectType Laptop_bar__minus_00_dot_00_bar__plus_01_dot_01_bar__minus_01_dot_25 LaptopType)
        (pickupable Laptop_bar__minus_00_dot_00_bar__plus_01_dot_01_bar__minus_01_dot_25)
        (inReceptacle Laptop_bar__minus_00_dot_00_bar__plus_01_dot_01_bar__minus_01_dot_25 ArmChair_bar__plus_01_dot_00_bar__plus_00_dot_53_bar__plus_00_dot_84)
        (objectAtLocation Laptop_bar__minus_00_dot_00_bar__plus_01_dot_01_bar__minus_01_dot_25 loc_bar__minus_3_bar_8_bar_1_bar__minus_30)
        (objectType Laptop_bar__plus_01_dot_48_bar__plus_02_dot_38_bar__plus_01_dot_09 LaptopType)
        (pickupable Laptop_bar__plus_01_dot_48_bar__plus_02_dot_38_bar__plus_01_dot_09)
        (inReceptacle Laptop_bar__plus_01_dot_48_bar__plus_02_dot_38_bar__plus_01_dot_09 Sofa_bar__minus_00_dot_43_bar__plus_00_dot_23_bar__plus_01_dot_59)
        (objectAtLocation Laptop_bar__plus_01_dot_48_bar__plus_02_dot_38_bar__plus_01_dot_09 loc_bar_0_bar__minus_6_bar_1_bar_30)
        (objectType Laptop_bar__minus_01_dot_97_bar__plus_00_dot_58_bar__plus_03_dot_28 LaptopType)
        (pickupable Laptop_bar__minus_01_dot_97_bar__plus_00_dot_58_bar__plus_03_dot_28)
        (inReceptacle Laptop_bar__minus_01_dot_97_bar__plus_00_dot_58_bar__plus_03_dot_28 ArmChair_bar__plus_01_dot_00_bar__plus_00_dot_53_bar__plus_00_dot_84)
        (objectAtLocation Laptop_bar__minus_01_dot_97_bar__plus_00_dot_58_bar__plus_03_dot_28 loc_bar__minus_3_bar_8_bar_1_bar__minus_30)
        (objectType KeyChain_bar__plus_03_dot_19_bar__plus_02_dot_67_bar__minus_00_dot_55 KeyChainType)
        (pickupable KeyChain_bar__plus_03_dot_19_bar__plus_02_dot_67_bar__minus_00_dot_55)
        (inReceptacle KeyChain_bar__plus_03_dot_19_bar__plus_02_dot_67_bar__minus_00_dot_55 CoffeeTable_bar__plus_00_dot_70_bar__plus_00_dot_77_bar__plus_01_dot_46)
        (objectAtLocation KeyChain_bar__plus_03_dot_19_bar__plus_02_dot_67_bar__minus_00_dot_55 loc_bar__minus_8_bar__minus_9_bar_0_bar__minus_30)
        (objectType Box_bar__plus_01_dot_12_bar__plus_03_dot_27_bar__minus_02_dot_03 BoxType)
        (pickupable Box_bar__plus_01_dot_12_bar__plus_03_dot_27_bar__minus_02_dot_03)
        (inReceptacle Box_bar__plus_01_dot_12_bar__plus_03_dot_27_bar__minus_02_dot_03 SideTable_bar__minus_01_dot_05_bar__plus_01_dot_20_bar__minus_01_dot_89)
        (objectAtLocation Box_bar__plus_01_dot_12_bar__plus_03_dot_27_bar__minus_02_dot_03 loc_bar__minus_1_bar__minus_1_bar_1_bar_30)
        (objectType Watch_bar__plus_01_dot_09_bar__plus_00_dot_91_bar__plus_00_dot_51 WatchType)
        (pickupable Watch_bar__plus_01_dot_09_bar__plus_00_dot_91_bar__plus_00_dot_51)
        (inReceptacle Watch_bar__plus_01_dot_09_bar__plus_00_dot_91_bar__plus_00_dot_51 CoffeeTable_bar__plus_00_dot_70_bar__plus_00_dot_77_bar__plus_01_dot_46)
        (objectAtLocation Watch_bar__plus_01_dot_09_bar__plus_00_dot_91_bar__plus_00_dot_51 loc_bar__minus_8_bar__minus_9_bar_0_bar__minus_30)
        (objectType DeskLamp_bar__minus_02_dot_07_bar__plus_00_dot_33_bar__plus_01_dot_58 DeskLampType)
        (toggleable DeskLamp_bar__minus_02_dot_07_bar__plus_00_dot_33_bar__plus_01_dot_58)
        (inReceptacle DeskLamp_bar__minus_02_dot_07_bar__plus_00_dot_33_bar__plus_01_dot_58 SideTable_bar__minus_01_dot_05_bar__plus_01_dot_20_bar__minus_01_dot_89)
        (objectAtLocation DeskLamp_bar__minus_02_dot_07_bar__plus_00_dot_33_bar__plus_01_dot_58 loc_bar__minus_1_bar__minus_1_bar_1_bar_30)
        (canContain ArmChairType BoxType)
        (canContain ArmChairType KeyChainType)
        (canContain ArmChairType LaptopType)
        (canContain CoffeeTableType BoxType)
        (canContain CoffeeTableType KeyChainType)
        (canContain CoffeeTableType LaptopType)
        (canContain CoffeeTableType WatchType)
        (canContain ShelfType BoxType)
        (canContain ShelfType KeyChainType)
        (canContain ShelfType WatchType)
        (canContain SideTableType BoxType)
        (canContain SideTableType KeyChainType)
        (canContain SideTableType LaptopType)
        (canContain SideTableType WatchType)
        (canContain SofaType BoxType)
        (canContain SofaType KeyChainType)
        (canContain SofaType LaptopType)
    )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 LaptopType)
                                    (receptacleType ?r SideTableType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 LaptopType)
                                            (receptacleType ?r SideTableType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
