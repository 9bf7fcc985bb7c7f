(define (problem plan_trial_T20190328_232125_777887)
    (:domain alfred)
    (:objects
        agent1 - agent
        BookType - otype
        ButterKnifeType - otype
        DeskLampType - otype
        KnifeType - otype
        StatueType - otype
        VaseType - otype
        WatchType - otype
        CabinetType - rtype
        CoffeeTableType - rtype
        DresserType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        Statue_bar__minus_02_dot_88_bar__plus_02_dot_03_bar__plus_00_dot_15 - object
        Statue_bar__plus_02_dot_52_bar__plus_00_dot_50_bar__minus_03_dot_33 - object
        Statue_bar__minus_01_dot_22_bar__plus_00_dot_19_bar__minus_02_dot_09 - object
        Watch_bar__plus_03_dot_18_bar__plus_03_dot_45_bar__plus_03_dot_28 - object
        Book_bar__plus_03_dot_26_bar__plus_01_dot_85_bar__minus_01_dot_73 - object
        Vase_bar__plus_00_dot_06_bar__plus_02_dot_75_bar__minus_00_dot_37 - object
        DeskLamp_bar__plus_00_dot_73_bar__plus_02_dot_23_bar__plus_00_dot_09 - object
        Cabinet_bar__minus_00_dot_83_bar__plus_02_dot_44_bar__minus_02_dot_16 - receptacle
        Cabinet_bar__minus_02_dot_05_bar__plus_02_dot_12_bar__minus_02_dot_65 - receptacle
        CoffeeTable_bar__minus_02_dot_44_bar__plus_00_dot_10_bar__minus_01_dot_48 - receptacle
        Dresser_bar__plus_00_dot_09_bar__plus_02_dot_53_bar__plus_01_dot_15 - receptacle
        Shelf_bar__plus_02_dot_79_bar__plus_03_dot_07_bar__plus_01_dot_76 - receptacle
        Shelf_bar__minus_02_dot_76_bar__plus_03_dot_06_bar__plus_01_dot_25 - receptacle
        SideTable_bar__plus_00_dot_83_bar__plus_00_dot_49_bar__plus_01_dot_06 - receptacle
        Sofa_bar__plus_03_dot_39_bar__plus_00_dot_65_bar__plus_01_dot_10 - receptacle
        loc_bar_0_bar__minus_7_bar_0_bar__minus_30 - location
        loc_bar_1_bar__minus_4_bar_3_bar_30 - location
        loc_bar_2_bar_7_bar_2_bar_15 - location
        loc_bar_3_bar__minus_6_bar_1_bar__minus_30 - location
        loc_bar_5_bar_2_bar_3_bar_60 - location
        loc_bar_5_bar__minus_6_bar_0_bar__minus_30 - location
        loc_bar_9_bar__minus_2_bar_1_bar_45 - location
        loc_bar__minus_3_bar_6_bar_3_bar_45 - location
        loc_bar__minus_5_bar_9_bar_2_bar_45 - location
    )
    (:init
        (atLocation agent1 loc_bar_9_bar__minus_2_bar_1_bar_45)
        (receptacleType Cabinet_bar__minus_00_dot_83_bar__plus_02_dot_44_bar__minus_02_dot_16 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_83_bar__plus_02_dot_44_bar__minus_02_dot_16 loc_bar_1_bar__minus_4_bar_3_bar_30)
        (openable Cabinet_bar__minus_00_dot_83_bar__plus_02_dot_44_bar__minus_02_dot_16)
        (receptacleType Cabinet_bar__minus_02_dot_05_bar__plus_02_dot_12_bar__minus_02_dot_65 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_05_bar__plus_02_dot_12_bar__minus_02_dot_65 loc_bar_5_bar__minus_6_bar_0_bar__minus_30)
        (openable Cabinet_bar__minus_02_dot_05_bar__plus_02_dot_12_bar__minus_02_dot_65)
        (receptacleType CoffeeTable_bar__minus_02_dot_44_bar__plus_00_dot_10_bar__minus_01_dot_48 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__minus_02_dot_44_bar__plus_00_dot_10_bar__minus_01_dot_48 loc_bar_0_bar__minus_7_bar_0_bar__minus_30)
        (receptacleType Dresser_bar__plus_00_dot_09_bar__plus_02_dot_53_bar__plus_01_dot_15 DresserType)
        (receptacleAtLocation Dresser_bar__plus_00_dot_09_bar__plus_02_dot_53_bar__plus_01_dot_15 loc_bar__minus_5_bar_9_bar_2_bar_45)
        (receptacleType Shelf_bar__plus_02_dot_79_bar__plus_03_dot_07_bar__plus_01_dot_76 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_79_bar__plus_03_dot_07_bar__plus_01_dot_76 loc_bar_3_bar__minus_6_bar_1_bar__minus_30)
        (receptacleType Shelf_bar__minus_02_dot_76_bar__plus_03_dot_06_bar__plus_01_dot_25 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_76_bar__plus_03_dot_06_bar__plus_01_dot_25 loc_bar_2_bar_7_bar_2_bar_15)
        (receptacleType SideTable_bar__plus_00_dot_83_bar__plus_00_dot_49_bar__plus_01_dot_06 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_00_dot_83_bar__plus_00_dot_49_bar__plus_01_dot_06 loc_bar__minus_3_bar_6_bar_3_bar_45)
        (receptacleType Sofa_bar__plus_03_dot_39_bar__plus_00_dot_65_bar__plus_01_dot_10 SofaType)
        (receptacleAtLocation Sofa_bar__plus_03_dot_39_bar__plus_00_dot_65_bar__plus_01_dot_10 loc_bar_5_bar_2_bar_3_bar_60)
        (objectType Statue_bar__minus_02_dot_88_bar__plus_02_dot_03_bar__plus_00_dot_15 StatueType)
        (pickupable Statue_bar__minus_02_dot_88_bar__plus_02_dot_03_bar__plus_00_dot_15)
        (inReceptacle Statue_bar__minus_02_dot_88_bar__plus_02_dot_03_bar__plus_00_dot_15 Shelf_bar__plus_02_dot_79_bar__plus_03_dot_07_bar__plus_01_dot_76)
        (objectAtLocation Statue_bar__minus_02_dot_88_bar__plus_02_dot_03_bar__plus_00_dot_15 loc_bar_3_bar__minus_6_bar_1_bar__minus_30)
        (objectType Statue_bar__plus_02_dot_52_bar__plus_00_dot_50_bar__minus_03_dot_33 StatueType)
        (pickupable Statue_bar__plus_02_dot_52_bar__plus_00_dot_50_bar__minus_03_dot_33)
        (inReceptacle Statue_bar__plus_02_dot_52_bar__plus_00_dot_50_bar__minus_03_dot_33 Shelf_bar__minus_02_dot_76_bar__plus_03_dot_06_bar__plus_01_dot_25)
        (objectAtLocation Statue_bar__plus_02_dot_52_bar__plus_00_dot_50_bar__minus_03_dot_33 loc_bar_2_bar_7_bar_2_bar_15)
        (objectType Statue_bar__minus_01_dot_22_bar__plus_00_dot_19_bar__minus_02_dot_09 StatueType)
        (pickupable Statue_bar__minus_01_dot_22_bar__plus_00_dot_19_bar__minus_02_dot_09)
        (inReceptacle Statue_bar__minus_01_dot_22_bar__plus_00_dot_19_bar__minus_02_dot_09 Shelf_bar__plus_02_dot_79_bar__plus_03_dot_07_bar__plus_01_dot_76)
        (objectAtLocation Statue_bar__minus_01_dot_22_bar__plus_00_dot_19_bar__minus_02_dot_09 loc_bar_3_bar__minus_6_bar_1_bar__minus_30)
        (objectType Watch_bar__plus_03_dot_18_bar__plus_03_dot_45_bar__plus_03_dot_28 WatchType)
        (pickupable Watch_bar__plus_03_dot_18_bar__plus_03_dot_45_bar__plus_03_dot_28)
        (inReceptacle Watch_bar__plus_03_dot_18_bar__plus_03_dot_45_bar__plus_03_dot_28 Dresser_bar__plus_00_dot_09_bar__plus_02_dot_53_bar__plus_01_dot_15)
        (objectAtLocation Watch_bar__plus_03_dot_18_bar__plus_03_dot_45_bar__plus_03_dot_28 loc_bar__minus_5_bar_9_bar_2_bar_45)
        (objectType Book_bar__plus_03_dot_26_bar__plus_01_dot_85_bar__minus_01_dot_73 BookType)
        (pickupable Book_bar__plus_03_dot_26_bar__plus_01_dot_85_bar__minus_01_dot_73)
        (inReceptacle Book_bar__plus_03_dot_26_bar__plus_01_dot_85_bar__minus_01_dot_73 Dresser_bar__plus_00_dot_09_bar__plus_02_dot_53_bar__plus_01_dot_15)
        (objectAtLocation Book_bar__plus_03_dot_26_bar__plus_01_dot_85_bar__minus_01_dot_73 loc_bar__minus_5_bar_9_bar_2_bar_45)
        (objectType Vase_bar__plus_00_dot_06_bar__plus_02_dot_75_bar__minus_00_dot_37 VaseType)
        (pickupable Vase_bar__plus_00_dot_06_bar__plus_02_dot_75_bar__minus_00_dot_37)
        (inReceptacle Vase_bar__plus_00_dot_06_bar__plus_02_dot_75_bar__minus_00_dot_37 CoffeeTable_bar__minus_02_dot_44_bar__plus_00_dot_10_bar__minus_01_dot_48)
        (objectAtLocation Vase_bar__plus_00_dot_06_bar__plus_02_dot_75_bar__minus_00_dot_37 loc_bar_0_bar__minus_7_bar_0_bar__minus_30)
        (objectType DeskLamp_bar__plus_00_dot_73_bar__plus_02_dot_23_bar__plus_00_dot_09 DeskLampType)
        (toggleable DeskLamp_bar__plus_00_dot_73_bar__plus_02_dot_23_bar__plus_00_dot_09)
        (inReceptacle DeskLamp_bar__plus_00_dot_73_bar__plus_02_dot_23_bar__plus_00_dot_09 SideTable_bar__plus_00_dot_83_bar__plus_00_dot_49_bar__plus_01_dot_06)
        (objectAtLocation DeskLamp_bar__plus_00_dot_73_bar__plus_02_dot_23_bar__plus_00_dot_09 loc_bar__minus_3_bar_6_bar_3_bar_45)
        (canContain CabinetType BookType)
        (canContain CabinetType VaseType)
        (canContain CoffeeTableType BookType)
        (canContain CoffeeTableType StatueType)
        (canContain CoffeeTableType VaseType)
        (canContain CoffeeTableType WatchType)
        (canContain DresserType BookType)
        (canContain DresserType StatueType)
        (canContain DresserType VaseType)
        (canContain DresserType WatchType)
        (canContain ShelfType BookType)
        (canContain ShelfType StatueType)
        (canContain ShelfType VaseType)
        (canContain ShelfType WatchType)
        (canContain SideTableType BookType)
        (canContain SideTableType StatueType)
        (canContain SideTableType VaseType)
        (canContain SideTableType WatchType)
        (canContain SofaType BookType)
    )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 StatueType)
                                    (receptacleType ?r DresserType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 StatueType)
                                            (receptacleType ?r DresserType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
