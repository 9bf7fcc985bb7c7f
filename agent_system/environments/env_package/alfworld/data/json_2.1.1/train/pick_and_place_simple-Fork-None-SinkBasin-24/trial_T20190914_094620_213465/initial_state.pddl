(define (problem plan_trial_T20190914_094620_213465)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        ForkType - otype
        KnifeType - otype
        PepperShakerType - otype
        PlateType - otype
        WineBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        Fork_bar__minus_01_dot_31_bar__plus_01_dot_13_bar__plus_03_dot_33 - object
        Fork_bar__plus_00_dot_06_bar__plus_03_dot_30_bar__minus_01_dot_01 - object
        WineBottle_bar__plus_01_dot_29_bar__plus_00_dot_64_bar__plus_01_dot_82 - object
        Knife_bar__plus_02_dot_52_bar__plus_02_dot_36_bar__plus_02_dot_45 - object
        Plate_bar__plus_01_dot_15_bar__plus_01_dot_12_bar__plus_00_dot_86 - object
        PepperShaker_bar__minus_03_dot_46_bar__plus_02_dot_60_bar__minus_00_dot_63 - object
        Cabinet_bar__minus_01_dot_63_bar__plus_01_dot_15_bar__minus_02_dot_24 - receptacle
        CounterTop_bar__minus_03_dot_39_bar__plus_01_dot_17_bar__plus_03_dot_11 - receptacle
        CounterTop_bar__plus_00_dot_07_bar__plus_01_dot_51_bar__minus_03_dot_36 - receptacle
        Drawer_bar__plus_01_dot_67_bar__plus_01_dot_86_bar__plus_00_dot_41 - receptacle
        Fridge_bar__plus_01_dot_96_bar__plus_00_dot_78_bar__plus_03_dot_44 - receptacle
        Microwave_bar__plus_01_dot_00_bar__plus_02_dot_23_bar__plus_01_dot_22 - receptacle
        Shelf_bar__minus_01_dot_33_bar__plus_02_dot_97_bar__plus_00_dot_63 - receptacle
        Sink_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__minus_00_dot_59_bar_SinkBasin - receptacle
        loc_bar_1_bar__minus_1_bar_2_bar_60 - location
        loc_bar_5_bar_7_bar_2_bar_45 - location
        loc_bar_7_bar__minus_2_bar_3_bar_60 - location
        loc_bar_7_bar__minus_3_bar_2_bar_45 - location
        loc_bar_8_bar_1_bar_3_bar_15 - location
        loc_bar_9_bar__minus_4_bar_2_bar__minus_30 - location
        loc_bar__minus_5_bar_8_bar_0_bar_30 - location
        loc_bar__minus_6_bar__minus_6_bar_1_bar_60 - location
        loc_bar__minus_7_bar_5_bar_3_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_5_bar_7_bar_2_bar_45)
        (receptacleType Cabinet_bar__minus_01_dot_63_bar__plus_01_dot_15_bar__minus_02_dot_24 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_63_bar__plus_01_dot_15_bar__minus_02_dot_24 loc_bar__minus_5_bar_8_bar_0_bar_30)
        (openable Cabinet_bar__minus_01_dot_63_bar__plus_01_dot_15_bar__minus_02_dot_24)
        (receptacleType CounterTop_bar__minus_03_dot_39_bar__plus_01_dot_17_bar__plus_03_dot_11 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_03_dot_39_bar__plus_01_dot_17_bar__plus_03_dot_11 loc_bar__minus_6_bar__minus_6_bar_1_bar_60)
        (receptacleType CounterTop_bar__plus_00_dot_07_bar__plus_01_dot_51_bar__minus_03_dot_36 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_00_dot_07_bar__plus_01_dot_51_bar__minus_03_dot_36 loc_bar_7_bar__minus_2_bar_3_bar_60)
        (receptacleType Drawer_bar__plus_01_dot_67_bar__plus_01_dot_86_bar__plus_00_dot_41 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_67_bar__plus_01_dot_86_bar__plus_00_dot_41 loc_bar_9_bar__minus_4_bar_2_bar__minus_30)
        (openable Drawer_bar__plus_01_dot_67_bar__plus_01_dot_86_bar__plus_00_dot_41)
        (receptacleType Fridge_bar__plus_01_dot_96_bar__plus_00_dot_78_bar__plus_03_dot_44 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_01_dot_96_bar__plus_00_dot_78_bar__plus_03_dot_44 loc_bar_1_bar__minus_1_bar_2_bar_60)
        (openable Fridge_bar__plus_01_dot_96_bar__plus_00_dot_78_bar__plus_03_dot_44)
        (receptacleType Microwave_bar__plus_01_dot_00_bar__plus_02_dot_23_bar__plus_01_dot_22 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_01_dot_00_bar__plus_02_dot_23_bar__plus_01_dot_22 loc_bar_7_bar__minus_3_bar_2_bar_45)
        (openable Microwave_bar__plus_01_dot_00_bar__plus_02_dot_23_bar__plus_01_dot_22)
        (receptacleType Shelf_bar__minus_01_dot_33_bar__plus_02_dot_97_bar__plus_00_dot_63 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_01_dot_33_bar__plus_02_dot_97_bar__plus_00_dot_63 loc_bar__minus_7_bar_5_bar_3_bar__minus_30)
        (receptacleType Sink_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__minus_00_dot_59_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__minus_00_dot_59_bar_SinkBasin loc_bar_8_bar_1_bar_3_bar_15)
        (objectType Fork_bar__minus_01_dot_31_bar__plus_01_dot_13_bar__plus_03_dot_33 ForkType)
        (pickupable Fork_bar__minus_01_dot_31_bar__plus_01_dot_13_bar__plus_03_dot_33)
        (cleanable Fork_bar__minus_01_dot_31_bar__plus_01_dot_13_bar__plus_03_dot_33)
        (inReceptacle Fork_bar__minus_01_dot_31_bar__plus_01_dot_13_bar__plus_03_dot_33 Drawer_bar__plus_01_dot_67_bar__plus_01_dot_86_bar__plus_00_dot_41)
        (objectAtLocation Fork_bar__minus_01_dot_31_bar__plus_01_dot_13_bar__plus_03_dot_33 loc_bar_9_bar__minus_4_bar_2_bar__minus_30)
        (objectType Fork_bar__plus_00_dot_06_bar__plus_03_dot_30_bar__minus_01_dot_01 ForkType)
        (pickupable Fork_bar__plus_00_dot_06_bar__plus_03_dot_30_bar__minus_01_dot_01)
        (cleanable Fork_bar__plus_00_dot_06_bar__plus_03_dot_30_bar__minus_01_dot_01)
        (inReceptacle Fork_bar__plus_00_dot_06_bar__plus_03_dot_30_bar__minus_01_dot_01 CounterTop_bar__minus_03_dot_39_bar__plus_01_dot_17_bar__plus_03_dot_11)
        (objectAtLocation Fork_bar__plus_00_dot_06_bar__plus_03_dot_30_bar__minus_01_dot_01 loc_bar__minus_6_bar__minus_6_bar_1_bar_60)
        (objectType WineBottle_bar__plus_01_dot_29_bar__plus_00_dot_64_bar__plus_01_dot_82 WineBottleType)
        (pickupable WineBottle_bar__plus_01_dot_29_bar__plus_00_dot_64_bar__plus_01_dot_82)
        (coolable WineBottle_bar__plus_01_dot_29_bar__plus_00_dot_64_bar__plus_01_dot_82)
        (inReceptacle WineBottle_bar__plus_01_dot_29_bar__plus_00_dot_64_bar__plus_01_dot_82 Shelf_bar__minus_01_dot_33_bar__plus_02_dot_97_bar__plus_00_dot_63)
        (objectAtLocation WineBottle_bar__plus_01_dot_29_bar__plus_00_dot_64_bar__plus_01_dot_82 loc_bar__minus_7_bar_5_bar_3_bar__minus_30)
        (objectType Knife_bar__plus_02_dot_52_bar__plus_02_dot_36_bar__plus_02_dot_45 KnifeType)
        (pickupable Knife_bar__plus_02_dot_52_bar__plus_02_dot_36_bar__plus_02_dot_45)
        (cleanable Knife_bar__plus_02_dot_52_bar__plus_02_dot_36_bar__plus_02_dot_45)
        (inReceptacle Knife_bar__plus_02_dot_52_bar__plus_02_dot_36_bar__plus_02_dot_45 CounterTop_bar__minus_03_dot_39_bar__plus_01_dot_17_bar__plus_03_dot_11)
        (objectAtLocation Knife_bar__plus_02_dot_52_bar__plus_02_dot_36_bar__plus_02_dot_45 loc_bar__minus_6_bar__minus_6_bar_1_bar_60)
        (objectType Plate_bar__plus_01_dot_15_bar__plus_01_dot_12_bar__plus_00_dot_86 PlateType)
        (pickupable Plate_bar__plus_01_dot_15_bar__plus_01_dot_12_bar__plus_00_dot_86)
        (cleanable Plate_bar__plus_01_dot_15_bar__plus_01_dot_12_bar__plus_00_dot_86)
        (heatable Plate_bar__plus_01_dot_15_bar__plus_01_dot_12_bar__plus_00_dot_86)
        (coolable Plate_bar__plus_01_dot_15_bar__plus_01_dot_12_bar__plus_00_dot_86)
        (inReceptacle Plate_bar__plus_01_dot_15_bar__plus_01_dot_12_bar__plus_00_dot_86 CounterTop_bar__minus_03_dot_39_bar__plus_01_dot_17_bar__plus_03_dot_11)
        (objectAtLocation Plate_bar__plus_01_dot_15_bar__plus_01_dot_12_bar__plus_00_dot_86 loc_bar__minus_6_bar__minus_6_bar_1_bar_60)
        (objectType PepperShaker_bar__minus_03_dot_46_bar__plus_02_dot_60_bar__minus_00_dot_63 PepperShakerType)
        (pickupable PepperShaker_bar__minus_03_dot_46_bar__plus_02_dot_60_bar__minus_00_dot_63)
        (inReceptacle PepperShaker_bar__minus_03_dot_46_bar__plus_02_dot_60_bar__minus_00_dot_63 CounterTop_bar__plus_00_dot_07_bar__plus_01_dot_51_bar__minus_03_dot_36)
        (objectAtLocation PepperShaker_bar__minus_03_dot_46_bar__plus_02_dot_60_bar__minus_00_dot_63 loc_bar_7_bar__minus_2_bar_3_bar_60)
        (canContain CabinetType PepperShakerType)
        (canContain CabinetType PlateType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType ForkType)
        (canContain CounterTopType KnifeType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType WineBottleType)
        (canContain DrawerType ForkType)
        (canContain DrawerType KnifeType)
        (canContain DrawerType PepperShakerType)
        (canContain FridgeType PlateType)
        (canContain FridgeType WineBottleType)
        (canContain MicrowaveType PlateType)
        (canContain ShelfType PepperShakerType)
        (canContain ShelfType PlateType)
        (canContain ShelfType WineBottleType)
        (canContain SinkBasinType ForkType)
        (canContain SinkBasinType KnifeType)
        (canContain SinkBasinType PlateType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o ForkType)
                            (receptacleType ?r SinkBasinType)
                        )
                    )
                )
            )
        )
    )
