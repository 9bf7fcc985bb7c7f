(define (problem plan_trial_T20190104_001058_432442)
    (:domain alfred)
    (:objects
        agent1 - agent
        BreadType - otype
        ButterKnifeType - otype
        DishSpongeType - otype
        ForkType - otype
        KnifeType - otype
        LadleType - otype
        PepperShakerType - otype
        PlateType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        Plate_bar__plus_03_dot_17_bar__plus_01_dot_13_bar__plus_01_dot_17 - object
        PepperShaker_bar__minus_00_dot_97_bar__plus_00_dot_65_bar__plus_02_dot_05 - object
        DishSponge_bar__minus_00_dot_65_bar__plus_00_dot_20_bar__minus_00_dot_77 - object
        Bread_bar__minus_01_dot_90_bar__plus_00_dot_79_bar__plus_01_dot_67 - object
        Ladle_bar__plus_01_dot_88_bar__plus_02_dot_33_bar__minus_01_dot_75 - object
        Fork_bar__plus_01_dot_93_bar__plus_03_dot_01_bar__minus_03_dot_50 - object
        Cabinet_bar__plus_00_dot_93_bar__plus_00_dot_22_bar__plus_02_dot_29 - receptacle
        Cabinet_bar__minus_03_dot_44_bar__plus_02_dot_24_bar__minus_01_dot_44 - receptacle
        CounterTop_bar__minus_02_dot_20_bar__plus_01_dot_50_bar__minus_00_dot_37 - receptacle
        CounterTop_bar__plus_00_dot_88_bar__plus_02_dot_96_bar__plus_00_dot_67 - receptacle
        Drawer_bar__plus_03_dot_33_bar__plus_01_dot_19_bar__minus_03_dot_07 - receptacle
        Fridge_bar__minus_02_dot_84_bar__plus_00_dot_03_bar__minus_01_dot_43 - receptacle
        Microwave_bar__minus_00_dot_92_bar__plus_02_dot_13_bar__minus_02_dot_46 - receptacle
        Sink_bar__minus_03_dot_49_bar__plus_02_dot_36_bar__plus_02_dot_29_bar_SinkBasin - receptacle
        loc_bar_1_bar_9_bar_0_bar_15 - location
        loc_bar_2_bar__minus_8_bar_0_bar_0 - location
        loc_bar_8_bar_3_bar_1_bar_30 - location
        loc_bar_8_bar_8_bar_3_bar_45 - location
        loc_bar_8_bar__minus_2_bar_1_bar__minus_30 - location
        loc_bar__minus_1_bar_0_bar_3_bar_60 - location
        loc_bar__minus_1_bar_8_bar_2_bar_45 - location
        loc_bar__minus_2_bar__minus_1_bar_3_bar_15 - location
        loc_bar__minus_7_bar_6_bar_2_bar_60 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_1_bar_0_bar_3_bar_60)
        (receptacleType Cabinet_bar__plus_00_dot_93_bar__plus_00_dot_22_bar__plus_02_dot_29 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_93_bar__plus_00_dot_22_bar__plus_02_dot_29 loc_bar__minus_7_bar_6_bar_2_bar_60)
        (openable Cabinet_bar__plus_00_dot_93_bar__plus_00_dot_22_bar__plus_02_dot_29)
        (receptacleType Cabinet_bar__minus_03_dot_44_bar__plus_02_dot_24_bar__minus_01_dot_44 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_03_dot_44_bar__plus_02_dot_24_bar__minus_01_dot_44 loc_bar__minus_2_bar__minus_1_bar_3_bar_15)
        (openable Cabinet_bar__minus_03_dot_44_bar__plus_02_dot_24_bar__minus_01_dot_44)
        (receptacleType CounterTop_bar__minus_02_dot_20_bar__plus_01_dot_50_bar__minus_00_dot_37 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_02_dot_20_bar__plus_01_dot_50_bar__minus_00_dot_37 loc_bar_8_bar_3_bar_1_bar_30)
        (receptacleType CounterTop_bar__plus_00_dot_88_bar__plus_02_dot_96_bar__plus_00_dot_67 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_00_dot_88_bar__plus_02_dot_96_bar__plus_00_dot_67 loc_bar_1_bar_9_bar_0_bar_15)
        (receptacleType Drawer_bar__plus_03_dot_33_bar__plus_01_dot_19_bar__minus_03_dot_07 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_03_dot_33_bar__plus_01_dot_19_bar__minus_03_dot_07 loc_bar_8_bar_8_bar_3_bar_45)
        (openable Drawer_bar__plus_03_dot_33_bar__plus_01_dot_19_bar__minus_03_dot_07)
        (receptacleType Fridge_bar__minus_02_dot_84_bar__plus_00_dot_03_bar__minus_01_dot_43 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_02_dot_84_bar__plus_00_dot_03_bar__minus_01_dot_43 loc_bar__minus_1_bar_8_bar_2_bar_45)
        (openable Fridge_bar__minus_02_dot_84_bar__plus_00_dot_03_bar__minus_01_dot_43)
        (receptacleType Microwave_bar__minus_00_dot_92_bar__plus_02_dot_13_bar__minus_02_dot_46 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_00_dot_92_bar__plus_02_dot_13_bar__minus_02_dot_46 loc_bar_2_bar__minus_8_bar_0_bar_0)
        (openable Microwave_bar__minus_00_dot_92_bar__plus_02_dot_13_bar__minus_02_dot_46)
        (receptacleType Sink_bar__minus_03_dot_49_bar__plus_02_dot_36_bar__plus_02_dot_29_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_03_dot_49_bar__plus_02_dot_36_bar__plus_02_dot_29_bar_SinkBasin loc_bar_8_bar__minus_2_bar_1_bar__minus_30)
        (objectType Plate_bar__plus_03_dot_17_bar__plus_01_dot_13_bar__plus_01_dot_17 PlateType)
        (pickupable Plate_bar__plus_03_dot_17_bar__plus_01_dot_13_bar__plus_01_dot_17)
        (cleanable Plate_bar__plus_03_dot_17_bar__plus_01_dot_13_bar__plus_01_dot_17)
        (heatable Plate_bar__plus_03_dot_17_bar__plus_01_dot_13_bar__plus_01_dot_17)
        (coolable Plate_bar__plus_03_dot_17_bar__plus_01_dot_13_bar__plus_01_dot_17)
        (inReceptacle Plate_bar__plus_03_dot_17_bar__plus_01_dot_13_bar__plus_01_dot_17 CounterTop_bar__plus_00_dot_88_bar__plus_02_dot_96_bar__plus_00_dot_67)
        (objectAtLocation Plate_bar__plus_03_dot_17_bar__plus_01_dot_13_bar__plus_01_dot_17 loc_bar_1_bar_9_bar_0_bar_15)
        (objectType PepperShaker_bar__minus_00_dot_97_bar__plus_00_dot_65_bar__plus_02_dot_05 PepperShakerType)
        (pickupable PepperShaker_bar__minus_00_dot_97_bar__plus_00_dot_65_bar__plus_02_dot_05)
        (inReceptacle PepperShaker_bar__minus_00_dot_97_bar__plus_00_dot_65_bar__plus_02_dot_05 CounterTop_bar__plus_00_dot_88_bar__plus_02_dot_96_bar__plus_00_dot_67)
        (objectAtLocation PepperShaker_bar__minus_00_dot_97_bar__plus_00_dot_65_bar__plus_02_dot_05 loc_bar_1_bar_9_bar_0_bar_15)
        (objectType DishSponge_bar__minus_00_dot_65_bar__plus_00_dot_20_bar__minus_00_dot_77 DishSpongeType)
        (pickupable DishSponge_bar__minus_00_dot_65_bar__plus_00_dot_20_bar__minus_00_dot_77)
        (cleanable DishSponge_bar__minus_00_dot_65_bar__plus_00_dot_20_bar__minus_00_dot_77)
        (inReceptacle DishSponge_bar__minus_00_dot_65_bar__plus_00_dot_20_bar__minus_00_dot_77 CounterTop_bar__plus_00_dot_88_bar__plus_02_dot_96_bar__plus_00_dot_67)
        (objectAtLocation DishSponge_bar__minus_00_dot_65_bar__plus_00_dot_20_bar__minus_00_dot_77 loc_bar_1_bar_9_bar_0_bar_15)
        (objectType Bread_bar__minus_01_dot_90_bar__plus_00_dot_79_bar__plus_01_dot_67 BreadType)
        (pickupable Bread_bar__minus_01_dot_90_bar__plus_00_dot_79_bar__plus_01_dot_67)
        (heatable Bread_bar__minus_01_dot_90_bar__plus_00_dot_79_bar__plus_01_dot_67)
        (coolable Bread_bar__minus_01_dot_90_bar__plus_00_dot_79_bar__plus_01_dot_67)
        (inReceptacle Bread_bar__minus_01_dot_90_bar__plus_00_dot_79_bar__plus_01_dot_67 Microwave_bar__minus_00_dot_92_bar__plus_02_dot_13_bar__minus_02_dot_46)
        (objectAtLocation Bread_bar__minus_01_dot_90_bar__plus_00_dot_79_bar__plus_01_dot_67 loc_bar_2_bar__minus_8_bar_0_bar_0)
        (objectType Ladle_bar__plus_01_dot_88_bar__plus_02_dot_33_bar__minus_01_dot_75 LadleType)
        (pickupable Ladle_bar__plus_01_dot_88_bar__plus_02_dot_33_bar__minus_01_dot_75)
        (cleanable Ladle_bar__plus_01_dot_88_bar__plus_02_dot_33_bar__minus_01_dot_75)
        (inReceptacle Ladle_bar__plus_01_dot_88_bar__plus_02_dot_33_bar__minus_01_dot_75 CounterTop_bar__plus_00_dot_88_bar__plus_02_dot_96_bar__plus_00_dot_67)
        (objectAtLocation Ladle_bar__plus_01_dot_88_bar__plus_02_dot_33_bar__minus_01_dot_75 loc_bar_1_bar_9_bar_0_bar_15)
        (objectType Fork_bar__plus_01_dot_93_bar__plus_03_dot_01_bar__minus_03_dot_50 ForkType)
        (pickupable Fork_bar__plus_01_dot_93_bar__plus_03_dot_01_bar__minus_03_dot_50)
        (cleanable Fork_bar__plus_01_dot_93_bar__plus_03_dot_01_bar__minus_03_dot_50)
        (inReceptacle Fork_bar__plus_01_dot_93_bar__plus_03_dot_01_bar__minus_03_dot_50 Drawer_bar__plus_03_dot_33_bar__plus_01_dot_19_bar__minus_03_dot_07)
        (objectAtLocation Fork_bar__plus_01_dot_93_bar__plus_03_dot_01_bar__minus_03_dot_50 loc_bar_8_bar_8_bar_3_bar_45)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType LadleType)
        (canContain CabinetType PepperShakerType)
        (canContain CabinetType PlateType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType ForkType)
        (canContain CounterTopType LadleType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType PlateType)
        (canContain DrawerType DishSpongeType)
        (canContain DrawerType ForkType)
        (canContain DrawerType LadleType)
        (canContain DrawerType PepperShakerType)
        (canContain FridgeType BreadType)
        (canContain FridgeType PlateType)
        (canContain MicrowaveType BreadType)
        (canContain MicrowaveType PlateType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType ForkType)
        (canContain SinkBasinType LadleType)
        (canContain SinkBasinType PlateType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o PlateType)
                            (receptacleType ?r MicrowaveType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
