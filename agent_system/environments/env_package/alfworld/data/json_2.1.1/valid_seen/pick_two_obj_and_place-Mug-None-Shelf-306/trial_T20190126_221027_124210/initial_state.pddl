(define (problem plan_trial_T20190126_221027_124210)
    (:domain alfred)
    (:objects
        agent1 - agent
        BaseballBatType - otype
        BasketBallType - otype
        ButterKnifeType - otype
        DeskLampType - otype
        KnifeType - otype
        LaptopType - otype
        MugType - otype
        PillowType - otype
        WatchType - otype
        BedType - rtype
        DeskType - rtype
        DrawerType - rtype
        DresserType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        Mug_bar__plus_03_dot_05_bar__plus_02_dot_97_bar__plus_01_dot_11 - object
        Mug_bar__minus_00_dot_54_bar__plus_00_dot_76_bar__minus_01_dot_51 - object
        Watch_bar__plus_02_dot_26_bar__plus_03_dot_30_bar__minus_01_dot_18 - object
        BasketBall_bar__minus_01_dot_02_bar__plus_00_dot_16_bar__minus_00_dot_24 - object
        Pillow_bar__plus_00_dot_39_bar__plus_03_dot_47_bar__minus_02_dot_65 - object
        Laptop_bar__plus_00_dot_68_bar__plus_03_dot_09_bar__minus_02_dot_46 - object
        BaseballBat_bar__minus_00_dot_28_bar__plus_01_dot_12_bar__plus_01_dot_52 - object
        DeskLamp_bar__minus_00_dot_58_bar__plus_01_dot_15_bar__plus_03_dot_28 - object
        Bed_bar__plus_01_dot_68_bar__plus_01_dot_58_bar__minus_01_dot_92 - receptacle
        Desk_bar__minus_03_dot_24_bar__plus_01_dot_25_bar__plus_01_dot_37 - receptacle
        Drawer_bar__plus_01_dot_66_bar__plus_01_dot_03_bar__minus_03_dot_06 - receptacle
        Drawer_bar__plus_02_dot_70_bar__plus_01_dot_13_bar__minus_01_dot_49 - receptacle
        Dresser_bar__plus_02_dot_59_bar__plus_01_dot_28_bar__minus_02_dot_48 - receptacle
        GarbageCan_bar__minus_03_dot_13_bar__plus_02_dot_49_bar__plus_03_dot_24 - receptacle
        Shelf_bar__plus_02_dot_64_bar__plus_01_dot_62_bar__plus_00_dot_65 - receptacle
        loc_bar_0_bar__minus_5_bar_0_bar_30 - location
        loc_bar_0_bar__minus_5_bar_2_bar_45 - location
        loc_bar_5_bar_4_bar_0_bar_0 - location
        loc_bar_5_bar_7_bar_0_bar_30 - location
        loc_bar__minus_3_bar_4_bar_0_bar__minus_30 - location
        loc_bar__minus_5_bar__minus_7_bar_3_bar_30 - location
        loc_bar__minus_7_bar_2_bar_0_bar_45 - location
        loc_bar__minus_8_bar_8_bar_1_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_5_bar_7_bar_0_bar_30)
        (receptacleType Bed_bar__plus_01_dot_68_bar__plus_01_dot_58_bar__minus_01_dot_92 BedType)
        (receptacleAtLocation Bed_bar__plus_01_dot_68_bar__plus_01_dot_58_bar__minus_01_dot_92 loc_bar_0_bar__minus_5_bar_2_bar_45)
        (receptacleType Desk_bar__minus_03_dot_24_bar__plus_01_dot_25_bar__plus_01_dot_37 DeskType)
        (receptacleAtLocation Desk_bar__minus_03_dot_24_bar__plus_01_dot_25_bar__plus_01_dot_37 loc_bar_0_bar__minus_5_bar_0_bar_30)
        (receptacleType Drawer_bar__plus_01_dot_66_bar__plus_01_dot_03_bar__minus_03_dot_06 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_66_bar__plus_01_dot_03_bar__minus_03_dot_06 loc_bar__minus_5_bar__minus_7_bar_3_bar_30)
        (openable Drawer_bar__plus_01_dot_66_bar__plus_01_dot_03_bar__minus_03_dot_06)
        (receptacleType Drawer_bar__plus_02_dot_70_bar__plus_01_dot_13_bar__minus_01_dot_49 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_70_bar__plus_01_dot_13_bar__minus_01_dot_49 loc_bar__minus_7_bar_2_bar_0_bar_45)
        (openable Drawer_bar__plus_02_dot_70_bar__plus_01_dot_13_bar__minus_01_dot_49)
        (receptacleType Dresser_bar__plus_02_dot_59_bar__plus_01_dot_28_bar__minus_02_dot_48 DresserType)
        (receptacleAtLocation Dresser_bar__plus_02_dot_59_bar__plus_01_dot_28_bar__minus_02_dot_48 loc_bar_5_bar_4_bar_0_bar_0)
        (receptacleType GarbageCan_bar__minus_03_dot_13_bar__plus_02_dot_49_bar__plus_03_dot_24 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_03_dot_13_bar__plus_02_dot_49_bar__plus_03_dot_24 loc_bar__minus_3_bar_4_bar_0_bar__minus_30)
        (receptacleType Shelf_bar__plus_02_dot_64_bar__plus_01_dot_62_bar__plus_00_dot_65 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_64_bar__plus_01_dot_62_bar__plus_00_dot_65 loc_bar__minus_8_bar_8_bar_1_bar__minus_30)
        (objectType Mug_bar__plus_03_dot_05_bar__plus_02_dot_97_bar__plus_01_dot_11 MugType)
        (pickupable Mug_bar__plus_03_dot_05_bar__plus_02_dot_97_bar__plus_01_dot_11)
        (cleanable Mug_bar__plus_03_dot_05_bar__plus_02_dot_97_bar__plus_01_dot_11)
        (heatable Mug_bar__plus_03_dot_05_bar__plus_02_dot_97_bar__plus_01_dot_11)
        (coolable Mug_bar__plus_03_dot_05_bar__plus_02_dot_97_bar__plus_01_dot_11)
        (inReceptacle Mug_bar__plus_03_dot_05_bar__plus_02_dot_97_bar__plus_01_dot_11 Dresser_bar__plus_02_dot_59_bar__plus_01_dot_28_bar__minus_02_dot_48)
        (objectAtLocation Mug_bar__plus_03_dot_05_bar__plus_02_dot_97_bar__plus_01_dot_11 loc_bar_5_bar_4_bar_0_bar_0)
        (objectType Mug_bar__minus_00_dot_54_bar__plus_00_dot_76_bar__minus_01_dot_51 MugType)
        (pickupable Mug_bar__minus_00_dot_54_bar__plus_00_dot_76_bar__minus_01_dot_51)
        (cleanable Mug_bar__minus_00_dot_54_bar__plus_00_dot_76_bar__minus_01_dot_51)
        (heatable Mug_bar__minus_00_dot_54_bar__plus_00_dot_76_bar__minus_01_dot_51)
        (coolable Mug_bar__minus_00_dot_54_bar__plus_00_dot_76_bar__minus_01_dot_51)
        (inReceptacle Mug_bar__minus_00_dot_54_bar__plus_00_dot_76_bar__minus_01_dot_51 Desk_bar__minus_03_dot_24_bar__plus_01_dot_25_bar__plus_01_dot_37)
        (objectAtLocation Mug_bar__minus_00_dot_54_bar__plus_00_dot_76_bar__minus_01_dot_51 loc_bar_0_bar__minus_5_bar_0_bar_30)
        (objectType Watch_bar__plus_02_dot_26_bar__plus_03_dot_30_bar__minus_01_dot_18 WatchType)
        (pickupable Watch_bar__plus_02_dot_26_bar__plus_03_dot_30_bar__minus_01_dot_18)
        (inReceptacle Watch_bar__plus_02_dot_26_bar__plus_03_dot_30_bar__minus_01_dot_18 Desk_bar__minus_03_dot_24_bar__plus_01_dot_25_bar__plus_01_dot_37)
        (objectAtLocation Watch_bar__plus_02_dot_26_bar__plus_03_dot_30_bar__minus_01_dot_18 loc_bar_0_bar__minus_5_bar_0_bar_30)
        (objectType BasketBall_bar__minus_01_dot_02_bar__plus_00_dot_16_bar__minus_00_dot_24 BasketBallType)
        (pickupable BasketBall_bar__minus_01_dot_02_bar__plus_00_dot_16_bar__minus_00_dot_24)
        (inReceptacle BasketBall_bar__minus_01_dot_02_bar__plus_00_dot_16_bar__minus_00_dot_24 Bed_bar__plus_01_dot_68_bar__plus_01_dot_58_bar__minus_01_dot_92)
        (objectAtLocation BasketBall_bar__minus_01_dot_02_bar__plus_00_dot_16_bar__minus_00_dot_24 loc_bar_0_bar__minus_5_bar_2_bar_45)
        (objectType Pillow_bar__plus_00_dot_39_bar__plus_03_dot_47_bar__minus_02_dot_65 PillowType)
        (pickupable Pillow_bar__plus_00_dot_39_bar__plus_03_dot_47_bar__minus_02_dot_65)
        (inReceptacle Pillow_bar__plus_00_dot_39_bar__plus_03_dot_47_bar__minus_02_dot_65 Bed_bar__plus_01_dot_68_bar__plus_01_dot_58_bar__minus_01_dot_92)
        (objectAtLocation Pillow_bar__plus_00_dot_39_bar__plus_03_dot_47_bar__minus_02_dot_65 loc_bar_0_bar__minus_5_bar_2_bar_45)
        (objectType Laptop_bar__plus_00_dot_68_bar__plus_03_dot_09_bar__minus_02_dot_46 LaptopType)
        (pickupable Laptop_bar__plus_00_dot_68_bar__plus_03_dot_09_bar__minus_02_dot_46)
        (inReceptacle Laptop_bar__plus_00_dot_68_bar__plus_03_dot_09_bar__minus_02_dot_46 Desk_bar__minus_03_dot_24_bar__plus_01_dot_25_bar__plus_01_dot_37)
        (objectAtLocation Laptop_bar__plus_00_dot_68_bar__plus_03_dot_09_bar__minus_02_dot_46 loc_bar_0_bar__minus_5_bar_0_bar_30)
        (objectType BaseballBat_bar__minus_00_dot_28_bar__plus_01_dot_12_bar__plus_01_dot_52 BaseballBatType)
        (pickupable BaseballBat_bar__minus_00_dot_28_bar__plus_01_dot_12_bar__plus_01_dot_52)
        (inReceptacle BaseballBat_bar__minus_00_dot_28_bar__plus_01_dot_12_bar__plus_01_dot_52 Bed_bar__plus_01_dot_68_bar__plus_01_dot_58_bar__minus_01_dot_92)
        (objectAtLocation BaseballBat_bar__minus_00_dot_28_bar__plus_01_dot_12_bar__plus_01_dot_52 loc_bar_0_bar__minus_5_bar_2_bar_45)
        (objectType DeskLamp_bar__minus_00_dot_58_bar__plus_01_dot_15_bar__plus_03_dot_28 DeskLampType)
        (toggleable DeskLamp_bar__minus_00_dot_58_bar__plus_01_dot_15_bar__plus_03_dot_28)
        (inReceptacle DeskLamp_bar__minus_00_dot_58_bar__plus_01_dot_15_bar__plus_03_dot_28 Dresser_bar__plus_02_dot_59_bar__plus_01_dot_28_bar__minus_02_dot_48)
        (objectAtLocation DeskLamp_bar__minus_00_dot_58_bar__plus_01_dot_15_bar__plus_03_dot_28 loc_bar_5_bar_4_bar_0_bar_0)
        (canContain BedType BaseballBatType)
        (canContain BedType BasketBallType)
        (canContain BedType LaptopType)
        (canContain BedType PillowType)
        (canContain DeskType BasketBallType)
        (canContain DeskType LaptopType)
        (canContain DeskType MugType)
        (canContain DeskType WatchType)
        (canContain DrawerType WatchType)
        (canContain DresserType BasketBallType)
        (canContain DresserType LaptopType)
        (canContain DresserType MugType)
        (canContain DresserType WatchType)
        (canContain ShelfType MugType)
        (canContain ShelfType WatchType)
    )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 MugType)
                                    (receptacleType ?r ShelfType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 MugType)
                                            (receptacleType ?r ShelfType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
