(define (problem plan_trial_T20191208_055722_653664)
    (:domain alfred)
    (:objects
        agent1 - agent
        BookType - otype
        BoxType - otype
        ButterKnifeType - otype
        CellPhoneType - otype
        DeskLampType - otype
        KnifeType - otype
        LaptopType - otype
        PillowType - otype
        WatchType - otype
        CoffeeTableType - rtype
        DrawerType - rtype
        DresserType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        Book_bar__plus_03_dot_34_bar__plus_02_dot_62_bar__plus_02_dot_63 - object
        Box_bar__minus_03_dot_27_bar__plus_02_dot_92_bar__minus_03_dot_15 - object
        Laptop_bar__plus_00_dot_17_bar__plus_00_dot_28_bar__minus_03_dot_35 - object
        Watch_bar__minus_02_dot_25_bar__plus_03_dot_39_bar__minus_01_dot_26 - object
        Pillow_bar__plus_03_dot_48_bar__plus_02_dot_19_bar__minus_02_dot_62 - object
        CellPhone_bar__plus_01_dot_53_bar__plus_03_dot_07_bar__minus_01_dot_77 - object
        DeskLamp_bar__minus_00_dot_41_bar__plus_02_dot_38_bar__plus_02_dot_67 - object
        CoffeeTable_bar__plus_01_dot_49_bar__plus_02_dot_91_bar__plus_03_dot_30 - receptacle
        Drawer_bar__plus_01_dot_00_bar__plus_03_dot_19_bar__plus_03_dot_19 - receptacle
        Dresser_bar__plus_01_dot_95_bar__plus_01_dot_47_bar__minus_00_dot_75 - receptacle
        GarbageCan_bar__plus_03_dot_10_bar__plus_01_dot_66_bar__minus_01_dot_48 - receptacle
        Shelf_bar__minus_02_dot_11_bar__plus_01_dot_28_bar__plus_00_dot_58 - receptacle
        Shelf_bar__minus_01_dot_40_bar__plus_01_dot_72_bar__plus_01_dot_20 - receptacle
        SideTable_bar__minus_01_dot_75_bar__plus_02_dot_71_bar__minus_01_dot_45 - receptacle
        Sofa_bar__plus_02_dot_30_bar__plus_00_dot_63_bar__plus_02_dot_57 - receptacle
        loc_bar_3_bar_8_bar_1_bar_60 - location
        loc_bar_3_bar__minus_6_bar_2_bar_60 - location
        loc_bar_6_bar__minus_3_bar_0_bar_0 - location
        loc_bar_6_bar__minus_8_bar_1_bar_45 - location
        loc_bar_8_bar_3_bar_3_bar_30 - location
        loc_bar_8_bar_8_bar_2_bar_30 - location
        loc_bar_8_bar__minus_7_bar_0_bar_60 - location
        loc_bar__minus_3_bar__minus_1_bar_0_bar_15 - location
        loc_bar__minus_6_bar__minus_2_bar_2_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar_6_bar__minus_3_bar_0_bar_0)
        (receptacleType CoffeeTable_bar__plus_01_dot_49_bar__plus_02_dot_91_bar__plus_03_dot_30 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_01_dot_49_bar__plus_02_dot_91_bar__plus_03_dot_30 loc_bar_8_bar_8_bar_2_bar_30)
        (receptacleType Drawer_bar__plus_01_dot_00_bar__plus_03_dot_19_bar__plus_03_dot_19 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_00_bar__plus_03_dot_19_bar__plus_03_dot_19 loc_bar__minus_6_bar__minus_2_bar_2_bar_15)
        (openable Drawer_bar__plus_01_dot_00_bar__plus_03_dot_19_bar__plus_03_dot_19)
        (receptacleType Dresser_bar__plus_01_dot_95_bar__plus_01_dot_47_bar__minus_00_dot_75 DresserType)
        (receptacleAtLocation Dresser_bar__plus_01_dot_95_bar__plus_01_dot_47_bar__minus_00_dot_75 loc_bar_3_bar_8_bar_1_bar_60)
        (receptacleType GarbageCan_bar__plus_03_dot_10_bar__plus_01_dot_66_bar__minus_01_dot_48 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_03_dot_10_bar__plus_01_dot_66_bar__minus_01_dot_48 loc_bar_3_bar__minus_6_bar_2_bar_60)
        (receptacleType Shelf_bar__minus_02_dot_11_bar__plus_01_dot_28_bar__plus_00_dot_58 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_11_bar__plus_01_dot_28_bar__plus_00_dot_58 loc_bar__minus_3_bar__minus_1_bar_0_bar_15)
        (receptacleType Shelf_bar__minus_01_dot_40_bar__plus_01_dot_72_bar__plus_01_dot_20 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_01_dot_40_bar__plus_01_dot_72_bar__plus_01_dot_20 loc_bar_8_bar_3_bar_3_bar_30)
        (receptacleType SideTable_bar__minus_01_dot_75_bar__plus_02_dot_71_bar__minus_01_dot_45 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_01_dot_75_bar__plus_02_dot_71_bar__minus_01_dot_45 loc_bar_6_bar__minus_8_bar_1_bar_45)
        (receptacleType Sofa_bar__plus_02_dot_30_bar__plus_00_dot_63_bar__plus_02_dot_57 SofaType)
        (receptacleAtLocation Sofa_bar__plus_02_dot_30_bar__plus_00_dot_63_bar__plus_02_dot_57 loc_bar_8_bar__minus_7_bar_0_bar_60)
        (objectType Book_bar__plus_03_dot_34_bar__plus_02_dot_62_bar__plus_02_dot_63 BookType)
        (pickupable Book_bar__plus_03_dot_34_bar__plus_02_dot_62_bar__plus_02_dot_63)
        (inReceptacle Book_bar__plus_03_dot_34_bar__plus_02_dot_62_bar__plus_02_dot_63 Sofa_bar__plus_02_dot_30_bar__plus_00_dot_63_bar__plus_02_dot_57)
        (objectAtLocation Book_bar__plus_03_dot_34_bar__plus_02_dot_62_bar__plus_02_dot_63 loc_bar_8_bar__minus_7_bar_0_bar_60)
        (objectType Box_bar__minus_03_dot_27_bar__plus_02_dot_92_bar__minus_03_dot_15 BoxType)
        (pickupable Box_bar__minus_03_dot_27_bar__plus_02_dot_92_bar__minus_03_dot_15)
        (inReceptacle Box_bar__minus_03_dot_27_bar__plus_02_dot_92_bar__minus_03_dot_15 Shelf_bar__minus_01_dot_40_bar__plus_01_dot_72_bar__plus_01_dot_20)
        (objectAtLocation Box_bar__minus_03_dot_27_bar__plus_02_dot_92_bar__minus_03_dot_15 loc_bar_8_bar_3_bar_3_bar_30)
        (objectType Laptop_bar__plus_00_dot_17_bar__plus_00_dot_28_bar__minus_03_dot_35 LaptopType)
        (pickupable Laptop_bar__plus_00_dot_17_bar__plus_00_dot_28_bar__minus_03_dot_35)
        (inReceptacle Laptop_bar__plus_00_dot_17_bar__plus_00_dot_28_bar__minus_03_dot_35 SideTable_bar__minus_01_dot_75_bar__plus_02_dot_71_bar__minus_01_dot_45)
        (objectAtLocation Laptop_bar__plus_00_dot_17_bar__plus_00_dot_28_bar__minus_03_dot_35 loc_bar_6_bar__minus_8_bar_1_bar_45)
        (objectType Watch_bar__minus_02_dot_25_bar__plus_03_dot_39_bar__minus_01_dot_26 WatchType)
        (pickupable Watch_bar__minus_02_dot_25_bar__plus_03_dot_39_bar__minus_01_dot_26)
        (inReceptacle Watch_bar__minus_02_dot_25_bar__plus_03_dot_39_bar__minus_01_dot_26 Shelf_bar__minus_01_dot_40_bar__plus_01_dot_72_bar__plus_01_dot_20)
        (objectAtLocation Watch_bar__minus_02_dot_25_bar__plus_03_dot_39_bar__minus_01_dot_26 loc_bar_8_bar_3_bar_3_bar_30)
        (objectType Pillow_bar__plus_03_dot_48_bar__plus_02_dot_19_bar__minus_02_dot_62 PillowType)
        (pickupable Pillow_bar__plus_03_dot_48_bar__plus_02_dot_19_bar__minus_02_dot_62)
        (inReceptacle Pillow_bar__plus_03_dot_48_bar__plus_02_dot_19_bar__minus_02_dot_62 Sofa_bar__plus_02_dot_30_bar__plus_00_dot_63_bar__plus_02_dot_57)
        (objectAtLocation Pillow_bar__plus_03_dot_48_bar__plus_02_dot_19_bar__minus_02_dot_62 loc_bar_8_bar__minus_7_bar_0_bar_60)
        (objectType CellPhone_bar__plus_01_dot_53_bar__plus_03_dot_07_bar__minus_01_dot_77 CellPhoneType)
        (pickupable CellPhone_bar__plus_01_dot_53_bar__plus_03_dot_07_bar__minus_01_dot_77)
        (inReceptacle CellPhone_bar__plus_01_dot_53_bar__plus_03_dot_07_bar__minus_01_dot_77 Shelf_bar__minus_02_dot_11_bar__plus_01_dot_28_bar__plus_00_dot_58)
        (objectAtLocation CellPhone_bar__plus_01_dot_53_bar__plus_03_dot_07_bar__minus_01_dot_77 loc_bar__minus_3_bar__minus_1_bar_0_bar_15)
        (objectType DeskLamp_bar__minus_00_dot_41_bar__plus_02_dot_38_bar__plus_02_dot_67 DeskLampType)
        (toggleable DeskLamp_bar__minus_00_dot_41_bar__plus_02_dot_38_bar__plus_02_dot_67)
        (inReceptacle DeskLamp_bar__minus_00_dot_41_bar__plus_02_dot_38_bar__plus_02_dot_67 Dresser_bar__plus_01_dot_95_bar__plus_01_dot_47_bar__minus_00_dot_75)
        (objectAtLocation DeskLamp_bar__minus_00_dot_41_bar__plus_02_dot_38_bar__plus_02_dot_67 loc_bar_3_bar_8_bar_1_bar_60)
        (canContain CoffeeTableType BookType)
        (canContain CoffeeTableType BoxType)
        (canContain CoffeeTableType CellPhoneType)
        (canContain CoffeeTableType LaptopType)
        (canContain CoffeeTableType WatchType)
        (canContain DrawerType BookType)
        (canContain DrawerType CellPhoneType)
        (canContain DrawerType WatchType)
        (canContain DresserType BookType)
        (canContain DresserType BoxType)
        (canContain DresserType CellPhoneType)
        (canContain DresserType LaptopType)
        (canContain DresserType WatchType)
        (canContain ShelfType BookType)
        (canContain ShelfType BoxType)
        (canContain ShelfType CellPhoneType)
        (canContain ShelfType WatchType)
        (canContain SideTableType BookType)
        (canContain SideTableType BoxType)
        (canContain SideTableType CellPhoneType)
        (canContain SideTableType LaptopType)
        (canContain SideTableType WatchType)
        (canContain SofaType BookType)
        (canContain SofaType BoxType)
        (canContain SofaType CellPhoneType)
        (canContain SofaType LaptopType)
        (canContain SofaType PillowType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o BookType)
                            (receptacleType ?r ShelfType)
                        )
                    )
                )
            )
        )
    )
