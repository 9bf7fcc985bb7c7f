(define (problem plan_trial_T20190213_101727_152254)
    (:domain alfred)
    (:objects
        agent1 - agent
        BowlType - otype
        ButterKnifeType - otype
        EggType - otype
        KnifeType - otype
        LettuceType - otype
        PanType - otype
        SpatulaType - otype
        WineBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        WineBottle_bar__plus_01_dot_23_bar__plus_01_dot_08_bar__plus_00_dot_86 - object
        Lettuce_bar__minus_01_dot_94_bar__plus_01_dot_32_bar__minus_00_dot_71 - object
        Spatula_bar__minus_02_dot_15_bar__plus_03_dot_19_bar__plus_02_dot_30 - object
        Pan_bar__plus_00_dot_62_bar__plus_00_dot_12_bar__plus_03_dot_42 - object
        Bowl_bar__minus_03_dot_03_bar__plus_01_dot_84_bar__plus_00_dot_38 - object
        Egg_bar__minus_01_dot_82_bar__plus_03_dot_26_bar__plus_02_dot_71 - object
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
        loc_bar_2_bar_1_bar_2_bar_60 - location
        loc_bar_3_bar__minus_5_bar_1_bar__minus_30 - location
        loc_bar_4_bar__minus_8_bar_2_bar__minus_30 - location
        loc_bar_8_bar__minus_6_bar_1_bar_30 - location
        loc_bar__minus_1_bar_3_bar_3_bar__minus_30 - location
        loc_bar__minus_2_bar__minus_4_bar_3_bar_30 - location
        loc_bar__minus_6_bar_3_bar_2_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_4_bar__minus_8_bar_2_bar__minus_30)
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
        (objectType WineBottle_bar__plus_01_dot_23_bar__plus_01_dot_08_bar__plus_00_dot_86 WineBottleType)
        (pickupable WineBottle_bar__plus_01_dot_23_bar__plus_01_dot_08_bar__plus_00_dot_86)
        (coolable WineBottle_bar__plus_01_dot_23_bar__plus_01_dot_08_bar__plus_00_dot_86)
        (inReceptacle WineBottle_bar__plus_01_dot_23_bar__plus_01_dot_08_bar__plus_00_dot_86 Cabinet_bar__minus_00_dot_02_bar__plus_02_dot_88_bar__minus_01_dot_12)
        (objectAtLocation WineBottle_bar__plus_01_dot_23_bar__plus_01_dot_08_bar__plus_00_dot_86 loc_bar_1_bar_5_bar_3_bar_45)
        (objectType Lettuce_bar__minus_01_dot_94_bar__plus_01_dot_32_bar__minus_00_dot_71 LettuceType)
        (pickupable Lettuce_bar__minus_01_dot_94_bar__plus_01_dot_32_bar__minus_00_dot_71)
        (cleanable Lettuce_bar__minus_01_dot_94_bar__plus_01_dot_32_bar__minus_00_dot_71)
        (coolable Lettuce_bar__minus_01_dot_94_bar__plus_01_dot_32_bar__minus_00_dot_71)
        (inReceptacle Lettuce_bar__minus_01_dot_94_bar__plus_01_dot_32_bar__minus_00_dot_71 Sink_bar__plus_02_dot_68_bar__plus_00_dot_68_bar__minus_00_dot_59_bar_SinkBasin)
        (objectAtLocation Lettuce_bar__minus_01_dot_94_bar__plus_01_dot_32_bar__minus_00_dot_71 loc_bar_8_bar__minus_6_bar_1_bar_30)
        (objectType Spatula_bar__minus_02_dot_15_bar__plus_03_dot_19_bar__plus_02_dot_30 SpatulaType)
        (pickupable Spatula_bar__minus_02_dot_15_bar__plus_03_dot_19_bar__plus_02_dot_30)
        (cleanable Spatula_bar__minus_02_dot_15_bar__plus_03_dot_19_bar__plus_02_dot_30)
        (inReceptacle Spatula_bar__minus_02_dot_15_bar__plus_03_dot_19_bar__plus_02_dot_30 Sink_bar__plus_02_dot_68_bar__plus_00_dot_68_bar__minus_00_dot_59_bar_SinkBasin)
        (objectAtLocation Spatula_bar__minus_02_dot_15_bar__plus_03_dot_19_bar__plus_02_dot_30 loc_bar_8_bar__minus_6_bar_1_bar_30)
        (objectType Pan_bar__plus_00_dot_62_bar__plus_00_dot_12_bar__plus_03_dot_42 PanType)
        (pickupable Pan_bar__plus_00_dot_62_bar__plus_00_dot_12_bar__plus_03_dot_42)
        (cleanable Pan_bar__plus_00_dot_62_bar__plus_00_dot_12_bar__plus_03_dot_42)
        (coolable Pan_bar__plus_00_dot_62_bar__plus_00_dot_12_bar__plus_03_dot_42)
        (inReceptacle Pan_bar__plus_00_dot_62_bar__plus_00_dot_12_bar__plus_03_dot_42 Fridge_bar__plus_02_dot_70_bar__plus_02_dot_17_bar__plus_00_dot_49)
        (objectAtLocation Pan_bar__plus_00_dot_62_bar__plus_00_dot_12_bar__plus_03_dot_42 loc_bar_3_bar__minus_5_bar_1_bar__minus_30)
        (objectType Bowl_bar__minus_03_dot_03_bar__plus_01_dot_84_bar__plus_00_dot_38 BowlType)
        (pickupable Bowl_bar__minus_03_dot_03_bar__plus_01_dot_84_bar__plus_00_dot_38)
        (cleanable Bowl_bar__minus_03_dot_03_bar__plus_01_dot_84_bar__plus_00_dot_38)
        (coolable Bowl_bar__minus_03_dot_03_bar__plus_01_dot_84_bar__plus_00_dot_38)
        (inReceptacle Bowl_bar__minus_03_dot_03_bar__plus_01_dot_84_bar__plus_00_dot_38 Cabinet_bar__minus_00_dot_02_bar__plus_02_dot_88_bar__minus_01_dot_12)
        (objectAtLocation Bowl_bar__minus_03_dot_03_bar__plus_01_dot_84_bar__plus_00_dot_38 loc_bar_1_bar_5_bar_3_bar_45)
        (objectType Egg_bar__minus_01_dot_82_bar__plus_03_dot_26_bar__plus_02_dot_71 EggType)
        (pickupable Egg_bar__minus_01_dot_82_bar__plus_03_dot_26_bar__plus_02_dot_71)
        (cleanable Egg_bar__minus_01_dot_82_bar__plus_03_dot_26_bar__plus_02_dot_71)
        (heatable Egg_bar__minus_01_dot_82_bar__plus_03_dot_26_bar__plus_02_dot_71)
        (coolable Egg_bar__minus_01_dot_82_bar__plus_03_dot_26_bar__plus_02_dot_71)
        (inReceptacle Egg_bar__minus_01_dot_82_bar__plus_03_dot_26_bar__plus_02_dot_71 Fridge_bar__plus_02_dot_70_bar__plus_02_dot_17_bar__plus_00_dot_49)
        (objectAtLocation Egg_bar__minus_01_dot_82_bar__plus_03_dot_26_bar__plus_02_dot_71 loc_bar_3_bar__minus_5_bar_1_bar__minus_30)
        (canContain CabinetType BowlType)
        (canContain CabinetType PanType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType BowlType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType LettuceType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType SpatulaType)
        (canContain CounterTopType WineBottleType)
        (canContain FridgeType BowlType)
        (canContain FridgeType EggType)
        (canContain FridgeType LettuceType)
        (canContain FridgeType PanType)
        (canContain FridgeType WineBottleType)
        (canContain GarbageCanType EggType)
        (canContain GarbageCanType LettuceType)
        (canContain GarbageCanType WineBottleType)
        (canContain MicrowaveType BowlType)
        (canContain MicrowaveType EggType)
        (canContain ShelfType BowlType)
        (canContain ShelfType WineBottleType)
        (canContain SinkBasinType BowlType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType LettuceType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType SpatulaType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o WineBottleType)
                            (receptacleType ?r CounterTopType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
