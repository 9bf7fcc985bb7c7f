(define (problem plan_trial_T20190502_000110_554733)
    (:domain alfred)
    (:objects
        agent1 - agent
        BasketBallType - otype
        ButterKnifeType - otype
        DeskLampType - otype
        KnifeType - otype
        LaptopType - otype
        PencilType - otype
        PillowType - otype
        TennisRacketType - otype
        WatchType - otype
        ArmChairType - rtype
        BedType - rtype
        DeskType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        Pillow_bar__plus_00_dot_12_bar__plus_03_dot_35_bar__minus_01_dot_16 - object
        Pillow_bar__plus_02_dot_54_bar__plus_02_dot_71_bar__minus_02_dot_93 - object
        BasketBall_bar__minus_01_dot_59_bar__plus_02_dot_90_bar__plus_00_dot_38 - object
        Pencil_bar__minus_00_dot_43_bar__plus_01_dot_18_bar__plus_01_dot_81 - object
        TennisRacket_bar__plus_00_dot_26_bar__plus_00_dot_76_bar__minus_03_dot_44 - object
        Laptop_bar__plus_01_dot_50_bar__plus_02_dot_67_bar__minus_00_dot_68 - object
        Watch_bar__plus_02_dot_52_bar__plus_01_dot_09_bar__minus_00_dot_75 - object
        DeskLamp_bar__plus_01_dot_36_bar__plus_01_dot_03_bar__plus_00_dot_32 - object
        ArmChair_bar__plus_01_dot_67_bar__plus_01_dot_70_bar__plus_00_dot_17 - receptacle
        Bed_bar__minus_02_dot_86_bar__plus_00_dot_48_bar__plus_00_dot_40 - receptacle
        Desk_bar__plus_00_dot_87_bar__plus_00_dot_08_bar__plus_02_dot_66 - receptacle
        Drawer_bar__minus_03_dot_21_bar__plus_00_dot_43_bar__plus_00_dot_74 - receptacle
        Shelf_bar__plus_02_dot_20_bar__plus_01_dot_75_bar__plus_02_dot_85 - receptacle
        Shelf_bar__plus_00_dot_39_bar__plus_01_dot_93_bar__plus_01_dot_99 - receptacle
        loc_bar_2_bar_9_bar_1_bar_15 - location
        loc_bar_2_bar_9_bar_1_bar_30 - location
        loc_bar_4_bar__minus_5_bar_2_bar_15 - location
        loc_bar_6_bar__minus_2_bar_1_bar__minus_30 - location
        loc_bar_6_bar__minus_7_bar_2_bar_15 - location
        loc_bar__minus_5_bar_6_bar_0_bar_15 - location
        loc_bar__minus_6_bar__minus_4_bar_3_bar_45 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_6_bar__minus_4_bar_3_bar_45)
        (receptacleType ArmChair_bar__plus_01_dot_67_bar__plus_01_dot_70_bar__plus_00_dot_17 ArmChairType)
        (receptacleAtLocation ArmChair_bar__plus_01_dot_67_bar__plus_01_dot_70_bar__plus_00_dot_17 loc_bar_2_bar_9_bar_1_bar_15)
        (receptacleType Bed_bar__minus_02_dot_86_bar__plus_00_dot_48_bar__plus_00_dot_40 BedType)
        (receptacleAtLocation Bed_bar__minus_02_dot_86_bar__plus_00_dot_48_bar__plus_00_dot_40 loc_bar_4_bar__minus_5_bar_2_bar_15)
        (receptacleType Desk_bar__plus_00_dot_87_bar__plus_00_dot_08_bar__plus_02_dot_66 DeskType)
        (receptacleAtLocation Desk_bar__plus_00_dot_87_bar__plus_00_dot_08_bar__plus_02_dot_66 loc_bar_6_bar__minus_2_bar_1_bar__minus_30)
        (receptacleType Drawer_bar__minus_03_dot_21_bar__plus_00_dot_43_bar__plus_00_dot_74 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_03_dot_21_bar__plus_00_dot_43_bar__plus_00_dot_74 loc_bar_6_bar__minus_7_bar_2_bar_15)
        (openable Drawer_bar__minus_03_dot_21_bar__plus_00_dot_43_bar__plus_00_dot_74)
        (receptacleType Shelf_bar__plus_02_dot_20_bar__plus_01_dot_75_bar__plus_02_dot_85 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_20_bar__plus_01_dot_75_bar__plus_02_dot_85 loc_bar_2_bar_9_bar_1_bar_30)
        (receptacleType Shelf_bar__plus_00_dot_39_bar__plus_01_dot_93_bar__plus_01_dot_99 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_00_dot_39_bar__plus_01_dot_93_bar__plus_01_dot_99 loc_bar__minus_5_bar_6_bar_0_bar_15)
        (objectType Pillow_bar__plus_00_dot_12_bar__plus_03_dot_35_bar__minus_01_dot_16 PillowType)
        (pickupable Pillow_bar__plus_00_dot_12_bar__plus_03_dot_35_bar__minus_01_dot_16)
        (inReceptacle Pillow_bar__plus_00_dot_12_bar__plus_03_dot_35_bar__minus_01_dot_16 ArmChair_bar__plus_01_dot_67_bar__plus_01_dot_70_bar__plus_00_dot_17)
        (objectAtLocation Pillow_bar__plus_00_dot_12_bar__plus_03_dot_35_bar__minus_01_dot_16 loc_bar_2_bar_9_bar_1_bar_15)
        (objectType Pillow_bar__plus_02_dot_54_bar__plus_02_dot_71_bar__minus_02_dot_93 PillowType)
        (pickupable Pillow_bar__plus_02_dot_54_bar__plus_02_dot_71_bar__minus_02_dot_93)
        (inReceptacle Pillow_bar__plus_02_dot_54_bar__plus_02_dot_71_bar__minus_02_dot_93 ArmChair_bar__plus_01_dot_67_bar__plus_01_dot_70_bar__plus_00_dot_17)
        (objectAtLocation Pillow_bar__plus_02_dot_54_bar__plus_02_dot_71_bar__minus_02_dot_93 loc_bar_2_bar_9_bar_1_bar_15)
        (objectType BasketBall_bar__minus_01_dot_59_bar__plus_02_dot_90_bar__plus_00_dot_38 BasketBallType)
        (pickupable BasketBall_bar__minus_01_dot_59_bar__plus_02_dot_90_bar__plus_00_dot_38)
        (inReceptacle BasketBall_bar__minus_01_dot_59_bar__plus_02_dot_90_bar__plus_00_dot_38 Bed_bar__minus_02_dot_86_bar__plus_00_dot_48_bar__plus_00_dot_40)
        (objectAtLocation BasketBall_bar__minus_01_dot_59_bar__plus_02_dot_90_bar__plus_00_dot_38 loc_bar_4_bar__minus_5_bar_2_bar_15)
        (objectType Pencil_bar__minus_00_dot_43_bar__plus_01_dot_18_bar__plus_01_dot_81 PencilType)
        (pickupable Pencil_bar__minus_00_dot_43_bar__plus_01_dot_18_bar__plus_01_dot_81)
        (inReceptacle Pencil_bar__minus_00_dot_43_bar__plus_01_dot_18_bar__plus_01_dot_81 Desk_bar__plus_00_dot_87_bar__plus_00_dot_08_bar__plus_02_dot_66)
        (objectAtLocation Pencil_bar__minus_00_dot_43_bar__plus_01_dot_18_bar__plus_01_dot_81 loc_bar_6_bar__minus_2_bar_1_bar__minus_30)
        (objectType TennisRacket_bar__plus_00_dot_26_bar__plus_00_dot_76_bar__minus_03_dot_44 TennisRacketType)
        (pickupable TennisRacket_bar__plus_00_dot_26_bar__plus_00_dot_76_bar__minus_03_dot_44)
        (inReceptacle TennisRacket_bar__plus_00_dot_26_bar__plus_00_dot_76_bar__minus_03_dot_44 Desk_bar__plus_00_dot_87_bar__plus_00_dot_08_bar__plus_02_dot_66)
        (objectAtLocation TennisRacket_bar__plus_00_dot_26_bar__plus_00_dot_76_bar__minus_03_dot_44 loc_bar_6_bar__minus_2_bar_1_bar__minus_30)
        (objectType Laptop_bar__plus_01_dot_50_bar__plus_02_dot_67_bar__minus_00_dot_68 LaptopType)
        (pickupable Laptop_bar__plus_01_dot_50_bar__plus_02_dot_67_bar__minus_00_dot_68)
        (inReceptacle Laptop_bar__plus_01_dot_50_bar__plus_02_dot_67_bar__minus_00_dot_68 ArmChair_bar__plus_01_dot_67_bar__plus_01_dot_70_bar__plus_00_dot_17)
        (objectAtLocation Laptop_bar__plus_01_dot_50_bar__plus_02_dot_67_bar__minus_00_dot_68 loc_bar_2_bar_9_bar_1_bar_15)
        (objectType Watch_bar__plus_02_dot_52_bar__plus_01_dot_09_bar__minus_00_dot_75 WatchType)
        (pickupable Watch_bar__plus_02_dot_52_bar__plus_01_dot_09_bar__minus_00_dot_75)
        (inReceptacle Watch_bar__plus_02_dot_52_bar__plus_01_dot_09_bar__minus_00_dot_75 Shelf_bar__plus_02_dot_20_bar__plus_01_dot_75_bar__plus_02_dot_85)
        (objectAtLocation Watch_bar__plus_02_dot_52_bar__plus_01_dot_09_bar__minus_00_dot_75 loc_bar_2_bar_9_bar_1_bar_30)
        (objectType DeskLamp_bar__plus_01_dot_36_bar__plus_01_dot_03_bar__plus_00_dot_32 DeskLampType)
        (toggleable DeskLamp_bar__plus_01_dot_36_bar__plus_01_dot_03_bar__plus_00_dot_32)
        (inReceptacle DeskLamp_bar__plus_01_dot_36_bar__plus_01_dot_03_bar__plus_00_dot_32 Desk_bar__plus_00_dot_87_bar__plus_00_dot_08_bar__plus_02_dot_66)
        (objectAtLocation DeskLamp_bar__plus_01_dot_36_bar__plus_01_dot_03_bar__plus_00_dot_32 loc_bar_6_bar__minus_2_bar_1_bar__minus_30)
        (canContain ArmChairType BasketBallType)
        (canContain ArmChairType LaptopType)
        (canContain ArmChairType PillowType)
        (canContain BedType BasketBallType)
        (canContain BedType LaptopType)
        (canContain BedType PillowType)
        (canContain BedType TennisRacketType)
        (canContain DeskType BasketBallType)
        (canContain DeskType LaptopType)
        (canContain DeskType PencilType)
        (canContain DeskType TennisRacketType)
        (canContain DeskType WatchType)
        (canContain DrawerType PencilType)
        (canContain DrawerType WatchType)
        (canContain ShelfType PencilType)
        (canContain ShelfType WatchType)
    )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 PillowType)
                                    (receptacleType ?r BedType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 PillowType)
                                            (receptacleType ?r BedType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
