(define (problem plan_trial_T20190528_050519_296809)
    (:domain alfred)
    (:objects
        agent1 - agent
        BookType - otype
        ButterKnifeType - otype
        CreditCardType - otype
        DeskLampType - otype
        KeyChainType - otype
        KnifeType - otype
        StatueType - otype
        CoffeeTableType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        KeyChain_bar__plus_01_dot_45_bar__plus_02_dot_18_bar__minus_01_dot_87 - object
        KeyChain_bar__plus_03_dot_35_bar__plus_00_dot_10_bar__plus_00_dot_88 - object
        KeyChain_bar__plus_02_dot_42_bar__plus_01_dot_71_bar__minus_01_dot_10 - object
        Book_bar__minus_03_dot_37_bar__plus_02_dot_69_bar__minus_03_dot_49 - object
        CreditCard_bar__minus_02_dot_77_bar__plus_03_dot_26_bar__plus_00_dot_26 - object
        Statue_bar__minus_02_dot_70_bar__plus_02_dot_36_bar__minus_03_dot_01 - object
        DeskLamp_bar__plus_02_dot_18_bar__plus_03_dot_07_bar__minus_01_dot_35 - object
        CoffeeTable_bar__minus_01_dot_55_bar__plus_00_dot_51_bar__minus_01_dot_95 - receptacle
        Drawer_bar__plus_00_dot_71_bar__plus_01_dot_95_bar__plus_00_dot_69 - receptacle
        Drawer_bar__minus_01_dot_43_bar__plus_01_dot_90_bar__plus_01_dot_10 - receptacle
        Shelf_bar__minus_03_dot_07_bar__plus_00_dot_49_bar__plus_02_dot_11 - receptacle
        SideTable_bar__minus_01_dot_65_bar__plus_02_dot_75_bar__plus_03_dot_16 - receptacle
        SideTable_bar__plus_00_dot_91_bar__plus_02_dot_26_bar__plus_02_dot_07 - receptacle
        Sofa_bar__minus_00_dot_79_bar__plus_02_dot_03_bar__plus_02_dot_83 - receptacle
        loc_bar_0_bar_2_bar_2_bar_45 - location
        loc_bar_7_bar__minus_9_bar_0_bar_0 - location
        loc_bar__minus_3_bar__minus_7_bar_3_bar__minus_30 - location
        loc_bar__minus_5_bar_0_bar_1_bar_30 - location
        loc_bar__minus_6_bar_8_bar_0_bar__minus_30 - location
        loc_bar__minus_8_bar_6_bar_2_bar__minus_30 - location
        loc_bar__minus_8_bar__minus_3_bar_1_bar_15 - location
        loc_bar__minus_9_bar_3_bar_1_bar_0 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_9_bar_3_bar_1_bar_0)
        (receptacleType CoffeeTable_bar__minus_01_dot_55_bar__plus_00_dot_51_bar__minus_01_dot_95 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__minus_01_dot_55_bar__plus_00_dot_51_bar__minus_01_dot_95 loc_bar_7_bar__minus_9_bar_0_bar_0)
        (receptacleType Drawer_bar__plus_00_dot_71_bar__plus_01_dot_95_bar__plus_00_dot_69 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_71_bar__plus_01_dot_95_bar__plus_00_dot_69 loc_bar__minus_6_bar_8_bar_0_bar__minus_30)
        (openable Drawer_bar__plus_00_dot_71_bar__plus_01_dot_95_bar__plus_00_dot_69)
        (receptacleType Drawer_bar__minus_01_dot_43_bar__plus_01_dot_90_bar__plus_01_dot_10 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_43_bar__plus_01_dot_90_bar__plus_01_dot_10 loc_bar__minus_3_bar__minus_7_bar_3_bar__minus_30)
        (openable Drawer_bar__minus_01_dot_43_bar__plus_01_dot_90_bar__plus_01_dot_10)
        (receptacleType Shelf_bar__minus_03_dot_07_bar__plus_00_dot_49_bar__plus_02_dot_11 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_03_dot_07_bar__plus_00_dot_49_bar__plus_02_dot_11 loc_bar__minus_8_bar__minus_3_bar_1_bar_15)
        (receptacleType SideTable_bar__minus_01_dot_65_bar__plus_02_dot_75_bar__plus_03_dot_16 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_01_dot_65_bar__plus_02_dot_75_bar__plus_03_dot_16 loc_bar_0_bar_2_bar_2_bar_45)
        (receptacleType SideTable_bar__plus_00_dot_91_bar__plus_02_dot_26_bar__plus_02_dot_07 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_00_dot_91_bar__plus_02_dot_26_bar__plus_02_dot_07 loc_bar__minus_5_bar_0_bar_1_bar_30)
        (receptacleType Sofa_bar__minus_00_dot_79_bar__plus_02_dot_03_bar__plus_02_dot_83 SofaType)
        (receptacleAtLocation Sofa_bar__minus_00_dot_79_bar__plus_02_dot_03_bar__plus_02_dot_83 loc_bar__minus_8_bar_6_bar_2_bar__minus_30)
        (objectType KeyChain_bar__plus_01_dot_45_bar__plus_02_dot_18_bar__minus_01_dot_87 KeyChainType)
        (pickupable KeyChain_bar__plus_01_dot_45_bar__plus_02_dot_18_bar__minus_01_dot_87)
        (inReceptacle KeyChain_bar__plus_01_dot_45_bar__plus_02_dot_18_bar__minus_01_dot_87 CoffeeTable_bar__minus_01_dot_55_bar__plus_00_dot_51_bar__minus_01_dot_95)
        (objectAtLocation KeyChain_bar__plus_01_dot_45_bar__plus_02_dot_18_bar__minus_01_dot_87 loc_bar_7_bar__minus_9_bar_0_bar_0)
        (objectType KeyChain_bar__plus_03_dot_35_bar__plus_00_dot_10_bar__plus_00_dot_88 KeyChainType)
        (pickupable KeyChain_bar__plus_03_dot_35_bar__plus_00_dot_10_bar__plus_00_dot_88)
        (inReceptacle KeyChain_bar__plus_03_dot_35_bar__plus_00_dot_10_bar__plus_00_dot_88 Drawer_bar__plus_00_dot_71_bar__plus_01_dot_95_bar__plus_00_dot_69)
        (objectAtLocation KeyChain_bar__plus_03_dot_35_bar__plus_00_dot_10_bar__plus_00_dot_88 loc_bar__minus_6_bar_8_bar_0_bar__minus_30)
        (objectType KeyChain_bar__plus_02_dot_42_bar__plus_01_dot_71_bar__minus_01_dot_10 KeyChainType)
        (pickupable KeyChain_bar__plus_02_dot_42_bar__plus_01_dot_71_bar__minus_01_dot_10)
        (inReceptacle KeyChain_bar__plus_02_dot_42_bar__plus_01_dot_71_bar__minus_01_dot_10 SideTable_bar__minus_01_dot_65_bar__plus_02_dot_75_bar__plus_03_dot_16)
        (objectAtLocation KeyChain_bar__plus_02_dot_42_bar__plus_01_dot_71_bar__minus_01_dot_10 loc_bar_0_bar_2_bar_2_bar_45)
        (objectType Book_bar__minus_03_dot_37_bar__plus_02_dot_69_bar__minus_03_dot_49 BookType)
        (pickupable Book_bar__minus_03_dot_37_bar__plus_02_dot_69_bar__minus_03_dot_49)
        (inReceptacle Book_bar__minus_03_dot_37_bar__plus_02_dot_69_bar__minus_03_dot_49 Drawer_bar__minus_01_dot_43_bar__plus_01_dot_90_bar__plus_01_dot_10)
        (objectAtLocation Book_bar__minus_03_dot_37_bar__plus_02_dot_69_bar__minus_03_dot_49 loc_bar__minus_3_bar__minus_7_bar_3_bar__minus_30)
        (objectType CreditCard_bar__minus_02_dot_77_bar__plus_03_dot_26_bar__plus_00_dot_26 CreditCardType)
        (pickupable CreditCard_bar__minus_02_dot_77_bar__plus_03_dot_26_bar__plus_00_dot_26)
        (inReceptacle CreditCard_bar__minus_02_dot_77_bar__plus_03_dot_26_bar__plus_00_dot_26 CoffeeTable_bar__minus_01_dot_55_bar__plus_00_dot_51_bar__minus_01_dot_95)
        (objectAtLocation CreditCard_bar__minus_02_dot_77_bar__plus_03_dot_26_bar__plus_00_dot_26 loc_bar_7_bar__minus_9_bar_0_bar_0)
        (objectType Statue_bar__minus_02_dot_70_bar__plus_02_dot_36_bar__minus_03_dot_01 StatueType)
        (pickupable Statue_bar__minus_02_dot_70_bar__plus_02_dot_36_bar__minus_03_dot_01)
        (inReceptacle Statue_bar__minus_02_dot_70_bar__plus_02_dot_36_bar__minus_03_dot_01 SideTable_bar__minus_01_dot_65_bar__plus_02_dot_75_bar__plus_03_dot_16)
        (objectAtLocation Statue_bar__minus_02_dot_70_bar__plus_02_dot_36_bar__minus_03_dot_01 loc_bar_0_bar_2_bar_2_bar_45)
        (objectType DeskLamp_bar__plus_02_dot_18_bar__plus_03_dot_07_bar__minus_01_dot_35 DeskLampType)
        (toggleable DeskLamp_bar__plus_02_dot_18_bar__plus_03_dot_07_bar__minus_01_dot_35)
        (inReceptacle DeskLamp_bar__plus_02_dot_18_bar__plus_03_dot_07_bar__minus_01_dot_35 SideTable_bar__plus_00_dot_91_bar__plus_02_dot_26_bar__plus_02_dot_07)
        (objectAtLocation DeskLamp_bar__plus_02_dot_18_bar__plus_03_dot_07_bar__minus_01_dot_35 loc_bar__minus_5_bar_0_bar_1_bar_30)
        (canContain CoffeeTableType BookType)
        (canContain CoffeeTableType CreditCardType)
        (canContain CoffeeTableType KeyChainType)
        (canContain CoffeeTableType StatueType)
        (canContain DrawerType BookType)
        (canContain DrawerType CreditCardType)
        (canContain DrawerType KeyChainType)
        (canContain ShelfType BookType)
        (canContain ShelfType CreditCardType)
        (canContain ShelfType KeyChainType)
        (canContain ShelfType StatueType)
        (canContain SideTableType BookType)
        (canContain SideTableType CreditCardType)
        (canContain SideTableType KeyChainType)
        (canContain SideTableType StatueType)
        (canContain SofaType BookType)
        (canContain SofaType CreditCardType)
        (canContain SofaType KeyChainType)
    )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 KeyChainType)
                                    (receptacleType ?r SofaType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 KeyChainType)
                                            (receptacleType ?r SofaType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
