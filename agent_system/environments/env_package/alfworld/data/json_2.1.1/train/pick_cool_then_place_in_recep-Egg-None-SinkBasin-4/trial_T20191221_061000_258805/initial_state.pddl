(define (problem plan_trial_T20191221_061000_258805)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        EggType - otype
        ForkType - otype
        KettleType - otype
        KnifeType - otype
        PepperShakerType - otype
        PotType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        Egg_bar__plus_01_dot_68_bar__plus_03_dot_09_bar__plus_01_dot_69 - object
        Egg_bar__minus_03_dot_46_bar__plus_00_dot_71_bar__minus_00_dot_20 - object
        Pot_bar__plus_01_dot_26_bar__plus_03_dot_30_bar__minus_00_dot_61 - object
        PepperShaker_bar__minus_02_dot_92_bar__plus_01_dot_47_bar__plus_02_dot_58 - object
        Kettle_bar__plus_00_dot_33_bar__plus_02_dot_94_bar__plus_01_dot_00 - object
        Fork_bar__plus_02_dot_89_bar__plus_02_dot_25_bar__plus_00_dot_84 - object
        Cabinet_bar__minus_00_dot_02_bar__plus_02_dot_88_bar__minus_01_dot_12 - receptacle
        Cabinet_bar__minus_02_dot_10_bar__plus_03_dot_00_bar__plus_01_dot_28 - receptacle
        CounterTop_bar__minus_02_dot_34_bar__plus_00_dot_45_bar__plus_01_dot_60 - receptacle
        Fridge_bar__plus_02_dot_70_bar__plus_02_dot_17_bar__plus_00_dot_49 - receptacle
        GarbageCan_bar__minus_02_dot_55_bar__plus_02_dot_72_bar__plus_03_dot_30 - receptacle
        Microwave_bar__minus_02_dot_53_bar__plus_01_dot_16_bar__plus_00_dot_63 - receptacle
        Shelf_bar__minus_02_dot_14_bar__plus_02_dot_23_bar__plus_01_dot_68 - receptacle
        Sink_bar__plus_02_dot_68_bar__plus_00_dot_68_bar__minus_00_dot_59_bar_SinkBasin - receptacle
        loc_bar_1_bar_5_bar_3_bar_45 - location
        loc_bar_1_bar_8_bar_2_bar_15 - location
        loc_bar_1_bar__minus_9_bar_2_bar_60 - location
        loc_bar_2_bar_1_bar_2_bar_60 - location
        loc_bar_3_bar__minus_5_bar_1_bar__minus_30 - location
        loc_bar_8_bar__minus_6_bar_1_bar_30 - location
        loc_bar__minus_1_bar_3_bar_3_bar__minus_30 - location
        loc_bar__minus_2_bar__minus_4_bar_3_bar_30 - location
        loc_bar__minus_6_bar_3_bar_2_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_1_bar__minus_9_bar_2_bar_60)
        (receptacleType Cabinet_bar__minus_00_dot_02_bar__plus_02_dot_88_bar__minus_01_dot_12 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_02_bar__plus_02_dot_88_bar__minus_01_dot_12 loc_bar_1_bar_5_bar_3_bar_45)
        (openable Cabinet_bar__minus_00_dot_02_bar__plus_02_dot_88_bar__minus_01_dot_12)
        (receptacleType Cabinet_bar__minus_02_dot_10_bar__plus_03_dot_00_bar__plus_01_dot_28 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_10_bar__plus_03_dot_00_bar__plus_01_dot_28 loc_bar__minus_1_bar_3_bar_3_bar__minus_30)
        (openable Cabinet_bar__minus_02_dot_10_bar__plus_03_dot_00_bar__plus_01_dot_28)
        (receptacleType CounterTop_bar__minus_02_dot_34_bar__plus_00_dot_45_bar__plus_01_dot_60 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_02_dot_34_bar__plus_00_dot_45_bar__plus_01_dot_60 loc_bar_1_bar_8_bar_2_bar_15)
        (receptacleType Fridge_bar__plus_02_dot_70_bar__plus_02_dot_17_bar__plus_00_dot_49 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_02_dot_70_bar__plus_02_dot_17_bar__plus_00_dot_49 loc_bar_3_bar__minus_5_bar_1_bar__minus_30)
        (openable Fridge_bar__plus_02_dot_70_bar__plus_02_dot_17_bar__plus_00_dot_49)
        (receptacleType GarbageCan_bar__minus_02_dot_55_bar__plus_02_dot_72_bar__plus_03_dot_30 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_02_dot_55_bar__plus_02_dot_72_bar__plus_03_dot_30 loc_bar__minus_2_bar__minus_4_bar_3_bar_30)
        (receptacleType Microwave_bar__minus_02_dot_53_bar__plus_01_dot_16_bar__plus_00_dot_63 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_02_dot_53_bar__plus_01_dot_16_bar__plus_00_dot_63 loc_bar_2_bar_1_bar_2_bar_60)
        (openable Microwave_bar__minus_02_dot_53_bar__plus_01_dot_16_bar__plus_00_dot_63)
        (receptacleType Shelf_bar__minus_02_dot_14_bar__plus_02_dot_23_bar__plus_01_dot_68 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_14_bar__plus_02_dot_23_bar__plus_01_dot_68 loc_bar__minus_6_bar_3_bar_2_bar__minus_30)
        (receptacleType Sink_bar__plus_02_dot_68_bar__plus_00_dot_68_bar__minus_00_dot_59_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_02_dot_68_bar__plus_00_dot_68_bar__minus_00_dot_59_bar_SinkBasin loc_bar_8_bar__minus_6_bar_1_bar_30)
        (objectType Egg_bar__plus_01_dot_68_bar__plus_03_dot_09_bar__plus_01_dot_69 EggType)
        (pickupable Egg_bar__plus_01_dot_68_bar__plus_03_dot_09_bar__plus_01_dot_69)
        (cleanable Egg_bar__plus_01_dot_68_bar__plus_03_dot_09_bar__plus_01_dot_69)
        (heatable Egg_bar__plus_01_dot_68_bar__plus_03_dot_09_bar__plus_01_dot_69)
        (coolable Egg_bar__plus_01_dot_68_bar__plus_03_dot_09_bar__plus_01_dot_69)
        (inReceptacle Egg_bar__plus_01_dot_68_bar__plus_03_dot_09_bar__plus_01_dot_69 GarbageCan_bar__minus_02_dot_55_bar__plus_02_dot_72_bar__plus_03_dot_30)
        (objectAtLocation Egg_bar__plus_01_dot_68_bar__plus_03_dot_09_bar__plus_01_dot_69 loc_bar__minus_2_bar__minus_4_bar_3_bar_30)
        (objectType Egg_bar__minus_03_dot_46_bar__plus_00_dot_71_bar__minus_00_dot_20 EggType)
        (pickupable Egg_bar__minus_03_dot_46_bar__plus_00_dot_71_bar__minus_00_dot_20)
        (cleanable Egg_bar__minus_03_dot_46_bar__plus_00_dot_71_bar__minus_00_dot_20)
        (heatable Egg_bar__minus_03_dot_46_bar__plus_00_dot_71_bar__minus_00_dot_20)
        (coolable Egg_bar__minus_03_dot_46_bar__plus_00_dot_71_bar__minus_00_dot_20)
        (inReceptacle Egg_bar__minus_03_dot_46_bar__plus_00_dot_71_bar__minus_00_dot_20 CounterTop_bar__minus_02_dot_34_bar__plus_00_dot_45_bar__plus_01_dot_60)
        (objectAtLocation Egg_bar__minus_03_dot_46_bar__plus_00_dot_71_bar__minus_00_dot_20 loc_bar_1_bar_8_bar_2_bar_15)
        (objectType Pot_bar__plus_01_dot_26_bar__plus_03_dot_30_bar__minus_00_dot_61 PotType)
        (pickupable Pot_bar__plus_01_dot_26_bar__plus_03_dot_30_bar__minus_00_dot_61)
        (cleanable Pot_bar__plus_01_dot_26_bar__plus_03_dot_30_bar__minus_00_dot_61)
        (coolable Pot_bar__plus_01_dot_26_bar__plus_03_dot_30_bar__minus_00_dot_61)
        (inReceptacle Pot_bar__plus_01_dot_26_bar__plus_03_dot_30_bar__minus_00_dot_61 Cabinet_bar__minus_02_dot_10_bar__plus_03_dot_00_bar__plus_01_dot_28)
        (objectAtLocation Pot_bar__plus_01_dot_26_bar__plus_03_dot_30_bar__minus_00_dot_61 loc_bar__minus_1_bar_3_bar_3_bar__minus_30)
        (objectType PepperShaker_bar__minus_02_dot_92_bar__plus_01_dot_47_bar__plus_02_dot_58 PepperShakerType)
        (pickupable PepperShaker_bar__minus_02_dot_92_bar__plus_01_dot_47_bar__plus_02_dot_58)
        (inReceptacle PepperShaker_bar__minus_02_dot_92_bar__plus_01_dot_47_bar__plus_02_dot_58 Cabinet_bar__minus_00_dot_02_bar__plus_02_dot_88_bar__minus_01_dot_12)
        (objectAtLocation PepperShaker_bar__minus_02_dot_92_bar__plus_01_dot_47_bar__plus_02_dot_58 loc_bar_1_bar_5_bar_3_bar_45)
        (objectType Kettle_bar__plus_00_dot_33_bar__plus_02_dot_94_bar__plus_01_dot_00 KettleType)
        (pickupable Kettle_bar__plus_00_dot_33_bar__plus_02_dot_94_bar__plus_01_dot_00)
        (cleanable Kettle_bar__plus_00_dot_33_bar__plus_02_dot_94_bar__plus_01_dot_00)
        (inReceptacle Kettle_bar__plus_00_dot_33_bar__plus_02_dot_94_bar__plus_01_dot_00 CounterTop_bar__minus_02_dot_34_bar__plus_00_dot_45_bar__plus_01_dot_60)
        (objectAtLocation Kettle_bar__plus_00_dot_33_bar__plus_02_dot_94_bar__plus_01_dot_00 loc_bar_1_bar_8_bar_2_bar_15)
        (objectType Fork_bar__plus_02_dot_89_bar__plus_02_dot_25_bar__plus_00_dot_84 ForkType)
        (pickupable Fork_bar__plus_02_dot_89_bar__plus_02_dot_25_bar__plus_00_dot_84)
        (cleanable Fork_bar__plus_02_dot_89_bar__plus_02_dot_25_bar__plus_00_dot_84)
        (inReceptacle Fork_bar__plus_02_dot_89_bar__plus_02_dot_25_bar__plus_00_dot_84 CounterTop_bar__minus_02_dot_34_bar__plus_00_dot_45_bar__plus_01_dot_60)
        (objectAtLocation Fork_bar__plus_02_dot_89_bar__plus_02_dot_25_bar__plus_00_dot_84 loc_bar_1_bar_8_bar_2_bar_15)
        (canContain CabinetType KettleType)
        (canContain CabinetType PepperShakerType)
        (canContain CabinetType PotType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType ForkType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType PotType)
        (canContain FridgeType EggType)
        (canContain FridgeType PotType)
        (canContain GarbageCanType EggType)
        (canContain MicrowaveType EggType)
        (canContain ShelfType KettleType)
        (canContain ShelfType PepperShakerType)
        (canContain ShelfType PotType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType ForkType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType PotType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o EggType)
                            (receptacleType ?r SinkBasinType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
