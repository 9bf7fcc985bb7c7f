(define (problem plan_trial_T20190927_003546_309703)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        KnifeType - otype
        MugType - otype
        PlateType - otype
        WineBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        WineBottle_bar__plus_00_dot_09_bar__plus_02_dot_45_bar__plus_02_dot_55 - object
        Plate_bar__plus_01_dot_46_bar__plus_03_dot_25_bar__minus_02_dot_60 - object
        Mug_bar__minus_02_dot_83_bar__plus_01_dot_32_bar__minus_01_dot_96 - object
        Cabinet_bar__plus_02_dot_07_bar__plus_02_dot_80_bar__plus_01_dot_13 - receptacle
        Cabinet_bar__minus_03_dot_00_bar__plus_01_dot_18_bar__plus_03_dot_06 - receptacle
        CounterTop_bar__plus_02_dot_17_bar__plus_00_dot_57_bar__plus_01_dot_34 - receptacle
        Fridge_bar__minus_01_dot_84_bar__plus_01_dot_65_bar__minus_02_dot_06 - receptacle
        GarbageCan_bar__plus_01_dot_50_bar__plus_02_dot_16_bar__minus_00_dot_34 - receptacle
        Microwave_bar__plus_00_dot_31_bar__plus_00_dot_29_bar__minus_00_dot_05 - receptacle
        Sink_bar__minus_01_dot_93_bar__plus_00_dot_59_bar__plus_01_dot_01_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_03_dot_44_bar__plus_01_dot_26_bar__plus_01_dot_22 - receptacle
        loc_bar_1_bar__minus_1_bar_1_bar_15 - location
        loc_bar_2_bar_1_bar_1_bar_0 - location
        loc_bar_2_bar__minus_7_bar_2_bar_0 - location
        loc_bar_5_bar_5_bar_3_bar_45 - location
        loc_bar_6_bar_2_bar_2_bar_0 - location
        loc_bar_7_bar_4_bar_2_bar_30 - location
        loc_bar_9_bar__minus_9_bar_3_bar_0 - location
        loc_bar__minus_2_bar_7_bar_0_bar_30 - location
        loc_bar__minus_6_bar_1_bar_1_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_2_bar_7_bar_0_bar_30)
        (receptacleType Cabinet_bar__plus_02_dot_07_bar__plus_02_dot_80_bar__plus_01_dot_13 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_07_bar__plus_02_dot_80_bar__plus_01_dot_13 loc_bar_2_bar__minus_7_bar_2_bar_0)
        (openable Cabinet_bar__plus_02_dot_07_bar__plus_02_dot_80_bar__plus_01_dot_13)
        (receptacleType Cabinet_bar__minus_03_dot_00_bar__plus_01_dot_18_bar__plus_03_dot_06 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_03_dot_00_bar__plus_01_dot_18_bar__plus_03_dot_06 loc_bar_6_bar_2_bar_2_bar_0)
        (openable Cabinet_bar__minus_03_dot_00_bar__plus_01_dot_18_bar__plus_03_dot_06)
        (receptacleType CounterTop_bar__plus_02_dot_17_bar__plus_00_dot_57_bar__plus_01_dot_34 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_02_dot_17_bar__plus_00_dot_57_bar__plus_01_dot_34 loc_bar_1_bar__minus_1_bar_1_bar_15)
        (receptacleType Fridge_bar__minus_01_dot_84_bar__plus_01_dot_65_bar__minus_02_dot_06 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_01_dot_84_bar__plus_01_dot_65_bar__minus_02_dot_06 loc_bar_9_bar__minus_9_bar_3_bar_0)
        (openable Fridge_bar__minus_01_dot_84_bar__plus_01_dot_65_bar__minus_02_dot_06)
        (receptacleType GarbageCan_bar__plus_01_dot_50_bar__plus_02_dot_16_bar__minus_00_dot_34 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_01_dot_50_bar__plus_02_dot_16_bar__minus_00_dot_34 loc_bar_2_bar_1_bar_1_bar_0)
        (receptacleType Microwave_bar__plus_00_dot_31_bar__plus_00_dot_29_bar__minus_00_dot_05 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_00_dot_31_bar__plus_00_dot_29_bar__minus_00_dot_05 loc_bar_5_bar_5_bar_3_bar_45)
        (openable Microwave_bar__plus_00_dot_31_bar__plus_00_dot_29_bar__minus_00_dot_05)
        (receptacleType Sink_bar__minus_01_dot_93_bar__plus_00_dot_59_bar__plus_01_dot_01_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_01_dot_93_bar__plus_00_dot_59_bar__plus_01_dot_01_bar_SinkBasin loc_bar__minus_6_bar_1_bar_1_bar__minus_30)
        (receptacleType StoveBurner_bar__plus_03_dot_44_bar__plus_01_dot_26_bar__plus_01_dot_22 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_03_dot_44_bar__plus_01_dot_26_bar__plus_01_dot_22 loc_bar_7_bar_4_bar_2_bar_30)
        (objectType WineBottle_bar__plus_00_dot_09_bar__plus_02_dot_45_bar__plus_02_dot_55 WineBottleType)
        (pickupable WineBottle_bar__plus_00_dot_09_bar__plus_02_dot_45_bar__plus_02_dot_55)
        (coolable WineBottle_bar__plus_00_dot_09_bar__plus_02_dot_45_bar__plus_02_dot_55)
        (inReceptacle WineBottle_bar__plus_00_dot_09_bar__plus_02_dot_45_bar__plus_02_dot_55 Cabinet_bar__plus_02_dot_07_bar__plus_02_dot_80_bar__plus_01_dot_13)
        (objectAtLocation WineBottle_bar__plus_00_dot_09_bar__plus_02_dot_45_bar__plus_02_dot_55 loc_bar_2_bar__minus_7_bar_2_bar_0)
        (objectType Plate_bar__plus_01_dot_46_bar__plus_03_dot_25_bar__minus_02_dot_60 PlateType)
        (pickupable Plate_bar__plus_01_dot_46_bar__plus_03_dot_25_bar__minus_02_dot_60)
        (cleanable Plate_bar__plus_01_dot_46_bar__plus_03_dot_25_bar__minus_02_dot_60)
        (heatable Plate_bar__plus_01_dot_46_bar__plus_03_dot_25_bar__minus_02_dot_60)
        (coolable Plate_bar__plus_01_dot_46_bar__plus_03_dot_25_bar__minus_02_dot_60)
        (inReceptacle Plate_bar__plus_01_dot_46_bar__plus_03_dot_25_bar__minus_02_dot_60 CounterTop_bar__plus_02_dot_17_bar__plus_00_dot_57_bar__plus_01_dot_34)
        (objectAtLocation Plate_bar__plus_01_dot_46_bar__plus_03_dot_25_bar__minus_02_dot_60 loc_bar_1_bar__minus_1_bar_1_bar_15)
        (objectType Mug_bar__minus_02_dot_83_bar__plus_01_dot_32_bar__minus_01_dot_96 MugType)
        (pickupable Mug_bar__minus_02_dot_83_bar__plus_01_dot_32_bar__minus_01_dot_96)
        (cleanable Mug_bar__minus_02_dot_83_bar__plus_01_dot_32_bar__minus_01_dot_96)
        (heatable Mug_bar__minus_02_dot_83_bar__plus_01_dot_32_bar__minus_01_dot_96)
        (coolable Mug_bar__minus_02_dot_83_bar__plus_01_dot_32_bar__minus_01_dot_96)
        (inReceptacle Mug_bar__minus_02_dot_83_bar__plus_01_dot_32_bar__minus_01_dot_96 Microwave_bar__plus_00_dot_31_bar__plus_00_dot_29_bar__minus_00_dot_05)
        (objectAtLocation Mug_bar__minus_02_dot_83_bar__plus_01_dot_32_bar__minus_01_dot_96 loc_bar_5_bar_5_bar_3_bar_45)
        (canContain CabinetType MugType)
        (canContain CabinetType PlateType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType WineBottleType)
        (canContain FridgeType MugType)
        (canContain FridgeType PlateType)
        (canContain FridgeType WineBottleType)
        (canContain GarbageCanType WineBottleType)
        (canContain MicrowaveType MugType)
        (canContain MicrowaveType PlateType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType PlateType)
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
