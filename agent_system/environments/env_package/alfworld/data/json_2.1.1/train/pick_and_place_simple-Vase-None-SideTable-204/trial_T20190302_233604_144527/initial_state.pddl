(define (problem plan_trial_T20190302_233604_144527)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CellPhoneType - otype
        CreditCardType - otype
        DeskLampType - otype
        KeyChainType - otype
        KnifeType - otype
        NewspaperType - otype
        PillowType - otype
        VaseType - otype
        CoffeeTableType - rtype
        DrawerType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        Vase_bar__plus_00_dot_39_bar__plus_01_dot_29_bar__plus_02_dot_96 - object
        Vase_bar__plus_01_dot_87_bar__plus_02_dot_11_bar__plus_01_dot_21 - object
        CellPhone_bar__plus_01_dot_15_bar__plus_02_dot_23_bar__plus_02_dot_48 - object
        Pillow_bar__minus_01_dot_24_bar__plus_03_dot_35_bar__minus_03_dot_32 - object
        KeyChain_bar__minus_01_dot_93_bar__plus_01_dot_49_bar__plus_00_dot_46 - object
        Newspaper_bar__plus_02_dot_34_bar__plus_03_dot_41_bar__minus_00_dot_74 - object
        CreditCard_bar__minus_03_dot_12_bar__plus_03_dot_11_bar__plus_03_dot_35 - object
        DeskLamp_bar__minus_00_dot_11_bar__plus_00_dot_82_bar__minus_01_dot_32 - object
        CoffeeTable_bar__minus_00_dot_33_bar__plus_03_dot_12_bar__plus_02_dot_44 - receptacle
        Drawer_bar__minus_01_dot_37_bar__plus_02_dot_13_bar__plus_02_dot_51 - receptacle
        Drawer_bar__minus_02_dot_12_bar__plus_02_dot_89_bar__minus_00_dot_74 - receptacle
        GarbageCan_bar__minus_03_dot_28_bar__plus_00_dot_43_bar__plus_02_dot_35 - receptacle
        Shelf_bar__minus_00_dot_71_bar__plus_00_dot_67_bar__minus_03_dot_33 - receptacle
        Shelf_bar__minus_02_dot_90_bar__plus_00_dot_03_bar__minus_01_dot_17 - receptacle
        SideTable_bar__plus_00_dot_58_bar__plus_01_dot_80_bar__minus_00_dot_15 - receptacle
        Sofa_bar__minus_01_dot_44_bar__plus_03_dot_29_bar__minus_02_dot_34 - receptacle
        loc_bar_0_bar__minus_2_bar_2_bar__minus_30 - location
        loc_bar_1_bar_4_bar_2_bar_30 - location
        loc_bar_7_bar_7_bar_0_bar_0 - location
        loc_bar_7_bar__minus_7_bar_3_bar_15 - location
        loc_bar__minus_2_bar_2_bar_0_bar_45 - location
        loc_bar__minus_3_bar_3_bar_0_bar_15 - location
        loc_bar__minus_4_bar_9_bar_0_bar_45 - location
        loc_bar__minus_5_bar_1_bar_3_bar_0 - location
        loc_bar__minus_7_bar_1_bar_1_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_5_bar_1_bar_3_bar_0)
        (receptacleType CoffeeTable_bar__minus_00_dot_33_bar__plus_03_dot_12_bar__plus_02_dot_44 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__minus_00_dot_33_bar__plus_03_dot_12_bar__plus_02_dot_44 loc_bar__minus_7_bar_1_bar_1_bar__minus_30)
        (receptacleType Drawer_bar__minus_01_dot_37_bar__plus_02_dot_13_bar__plus_02_dot_51 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_37_bar__plus_02_dot_13_bar__plus_02_dot_51 loc_bar__minus_4_bar_9_bar_0_bar_45)
        (openable Drawer_bar__minus_01_dot_37_bar__plus_02_dot_13_bar__plus_02_dot_51)
        (receptacleType Drawer_bar__minus_02_dot_12_bar__plus_02_dot_89_bar__minus_00_dot_74 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_12_bar__plus_02_dot_89_bar__minus_00_dot_74 loc_bar_7_bar_7_bar_0_bar_0)
        (openable Drawer_bar__minus_02_dot_12_bar__plus_02_dot_89_bar__minus_00_dot_74)
        (receptacleType GarbageCan_bar__minus_03_dot_28_bar__plus_00_dot_43_bar__plus_02_dot_35 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_03_dot_28_bar__plus_00_dot_43_bar__plus_02_dot_35 loc_bar_7_bar__minus_7_bar_3_bar_15)
        (receptacleType Shelf_bar__minus_00_dot_71_bar__plus_00_dot_67_bar__minus_03_dot_33 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_00_dot_71_bar__plus_00_dot_67_bar__minus_03_dot_33 loc_bar_1_bar_4_bar_2_bar_30)
        (receptacleType Shelf_bar__minus_02_dot_90_bar__plus_00_dot_03_bar__minus_01_dot_17 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_90_bar__plus_00_dot_03_bar__minus_01_dot_17 loc_bar_0_bar__minus_2_bar_2_bar__minus_30)
        (receptacleType SideTable_bar__plus_00_dot_58_bar__plus_01_dot_80_bar__minus_00_dot_15 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_00_dot_58_bar__plus_01_dot_80_bar__minus_00_dot_15 loc_bar__minus_3_bar_3_bar_0_bar_15)
        (receptacleType Sofa_bar__minus_01_dot_44_bar__plus_03_dot_29_bar__minus_02_dot_34 SofaType)
        (receptacleAtLocation Sofa_bar__minus_01_dot_44_bar__plus_03_dot_29_bar__minus_02_dot_34 loc_bar__minus_2_bar_2_bar_0_bar_45)
        (objectType Vase_bar__plus_00_dot_39_bar__plus_01_dot_29_bar__plus_02_dot_96 VaseType)
        (pickupable Vase_bar__plus_00_dot_39_bar__plus_01_dot_29_bar__plus_02_dot_96)
        (inReceptacle Vase_bar__plus_00_dot_39_bar__plus_01_dot_29_bar__plus_02_dot_96 Shelf_bar__minus_00_dot_71_bar__plus_00_dot_67_bar__minus_03_dot_33)
        (objectAtLocation Vase_bar__plus_00_dot_39_bar__plus_01_dot_29_bar__plus_02_dot_96 loc_bar_1_bar_4_bar_2_bar_30)
        (objectType Vase_bar__plus_01_dot_87_bar__plus_02_dot_11_bar__plus_01_dot_21 VaseType)
        (pickupable Vase_bar__plus_01_dot_87_bar__plus_02_dot_11_bar__plus_01_dot_21)
        (inReceptacle Vase_bar__plus_01_dot_87_bar__plus_02_dot_11_bar__plus_01_dot_21 CoffeeTable_bar__minus_00_dot_33_bar__plus_03_dot_12_bar__plus_02_dot_44)
        (objectAtLocation Vase_bar__plus_01_dot_87_bar__plus_02_dot_11_bar__plus_01_dot_21 loc_bar__minus_7_bar_1_bar_1_bar__minus_30)
        (objectType CellPhone_bar__plus_01_dot_15_bar__plus_02_dot_23_bar__plus_02_dot_48 CellPhoneType)
        (pickupable CellPhone_bar__plus_01_dot_15_bar__plus_02_dot_23_bar__plus_02_dot_48)
        (inReceptacle CellPhone_bar__plus_01_dot_15_bar__plus_02_dot_23_bar__plus_02_dot_48 CoffeeTable_bar__minus_00_dot_33_bar__plus_03_dot_12_bar__plus_02_dot_44)
        (objectAtLocation CellPhone_bar__plus_01_dot_15_bar__plus_02_dot_23_bar__plus_02_dot_48 loc_bar__minus_7_bar_1_bar_1_bar__minus_30)
        (objectType Pillow_bar__minus_01_dot_24_bar__plus_03_dot_35_bar__minus_03_dot_32 PillowType)
        (pickupable Pillow_bar__minus_01_dot_24_bar__plus_03_dot_35_bar__minus_03_dot_32)
        (inReceptacle Pillow_bar__minus_01_dot_24_bar__plus_03_dot_35_bar__minus_03_dot_32 Sofa_bar__minus_01_dot_44_bar__plus_03_dot_29_bar__minus_02_dot_34)
        (objectAtLocation Pillow_bar__minus_01_dot_24_bar__plus_03_dot_35_bar__minus_03_dot_32 loc_bar__minus_2_bar_2_bar_0_bar_45)
        (objectType KeyChain_bar__minus_01_dot_93_bar__plus_01_dot_49_bar__plus_00_dot_46 KeyChainType)
        (pickupable KeyChain_bar__minus_01_dot_93_bar__plus_01_dot_49_bar__plus_00_dot_46)
        (inReceptacle KeyChain_bar__minus_01_dot_93_bar__plus_01_dot_49_bar__plus_00_dot_46 Drawer_bar__minus_02_dot_12_bar__plus_02_dot_89_bar__minus_00_dot_74)
        (objectAtLocation KeyChain_bar__minus_01_dot_93_bar__plus_01_dot_49_bar__plus_00_dot_46 loc_bar_7_bar_7_bar_0_bar_0)
        (objectType Newspaper_bar__plus_02_dot_34_bar__plus_03_dot_41_bar__minus_00_dot_74 NewspaperType)
        (pickupable Newspaper_bar__plus_02_dot_34_bar__plus_03_dot_41_bar__minus_00_dot_74)
        (inReceptacle Newspaper_bar__plus_02_dot_34_bar__plus_03_dot_41_bar__minus_00_dot_74 GarbageCan_bar__minus_03_dot_28_bar__plus_00_dot_43_bar__plus_02_dot_35)
        (objectAtLocation Newspaper_bar__plus_02_dot_34_bar__plus_03_dot_41_bar__minus_00_dot_74 loc_bar_7_bar__minus_7_bar_3_bar_15)
        (objectType CreditCard_bar__minus_03_dot_12_bar__plus_03_dot_11_bar__plus_03_dot_35 CreditCardType)
        (pickupable CreditCard_bar__minus_03_dot_12_bar__plus_03_dot_11_bar__plus_03_dot_35)
        (inReceptacle CreditCard_bar__minus_03_dot_12_bar__plus_03_dot_11_bar__plus_03_dot_35 Shelf_bar__minus_02_dot_90_bar__plus_00_dot_03_bar__minus_01_dot_17)
        (objectAtLocation CreditCard_bar__minus_03_dot_12_bar__plus_03_dot_11_bar__plus_03_dot_35 loc_bar_0_bar__minus_2_bar_2_bar__minus_30)
        (objectType DeskLamp_bar__minus_00_dot_11_bar__plus_00_dot_82_bar__minus_01_dot_32 DeskLampType)
        (toggleable DeskLamp_bar__minus_00_dot_11_bar__plus_00_dot_82_bar__minus_01_dot_32)
        (inReceptacle DeskLamp_bar__minus_00_dot_11_bar__plus_00_dot_82_bar__minus_01_dot_32 SideTable_bar__plus_00_dot_58_bar__plus_01_dot_80_bar__minus_00_dot_15)
        (objectAtLocation DeskLamp_bar__minus_00_dot_11_bar__plus_00_dot_82_bar__minus_01_dot_32 loc_bar__minus_3_bar_3_bar_0_bar_15)
        (canContain CoffeeTableType CellPhoneType)
        (canContain CoffeeTableType CreditCardType)
        (canContain CoffeeTableType KeyChainType)
        (canContain CoffeeTableType NewspaperType)
        (canContain CoffeeTableType VaseType)
        (canContain DrawerType CellPhoneType)
        (canContain DrawerType CreditCardType)
        (canContain DrawerType KeyChainType)
        (canContain DrawerType NewspaperType)
        (canContain GarbageCanType NewspaperType)
        (canContain ShelfType CellPhoneType)
        (canContain ShelfType CreditCardType)
        (canContain ShelfType KeyChainType)
        (canContain ShelfType NewspaperType)
        (canContain ShelfType VaseType)
        (canContain SideTableType CellPhoneType)
        (canContain SideTableType CreditCardType)
        (canContain SideTableType KeyChainType)
        (canContain SideTableType NewspaperType)
        (canContain SideTableType VaseType)
        (canContain SofaType CellPhoneType)
        (canContain SofaType CreditCardType)
        (canContain SofaType KeyChainType)
        (canContain SofaType NewspaperType)
        (canContain SofaType PillowType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o VaseType)
                            (receptacleType ?r SideTableType)
                        )
                    )
                )
            )
        )
    )
