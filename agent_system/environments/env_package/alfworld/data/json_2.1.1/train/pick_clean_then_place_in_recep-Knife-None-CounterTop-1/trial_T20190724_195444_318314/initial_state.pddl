(define (problem plan_trial_T20190724_195444_318314)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        KnifeType - otype
        LadleType - otype
        MugType - otype
        PanType - otype
        SpoonType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Knife_bar__minus_01_dot_12_bar__plus_01_dot_17_bar__plus_01_dot_36 - object
        Spoon_bar__plus_03_dot_45_bar__plus_01_dot_55_bar__plus_03_dot_45 - object
        Mug_bar__plus_01_dot_86_bar__plus_02_dot_57_bar__plus_01_dot_32 - object
        Pan_bar__plus_01_dot_95_bar__plus_02_dot_41_bar__minus_01_dot_03 - object
        Ladle_bar__plus_01_dot_10_bar__plus_01_dot_14_bar__plus_00_dot_84 - object
        ButterKnife_bar__minus_03_dot_28_bar__plus_01_dot_02_bar__plus_00_dot_65 - object
        Cabinet_bar__plus_02_dot_07_bar__plus_02_dot_80_bar__plus_01_dot_13 - receptacle
        Cabinet_bar__minus_03_dot_00_bar__plus_01_dot_18_bar__plus_03_dot_06 - receptacle
        CounterTop_bar__plus_02_dot_17_bar__plus_00_dot_57_bar__plus_01_dot_34 - receptacle
        Fridge_bar__minus_01_dot_84_bar__plus_01_dot_65_bar__minus_02_dot_06 - receptacle
        GarbageCan_bar__plus_01_dot_50_bar__plus_02_dot_16_bar__minus_00_dot_34 - receptacle
        Microwave_bar__plus_00_dot_31_bar__plus_00_dot_29_bar__minus_00_dot_05 - receptacle
        Sink_bar__minus_01_dot_93_bar__plus_00_dot_59_bar__plus_01_dot_01_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_03_dot_44_bar__plus_01_dot_26_bar__plus_01_dot_22 - receptacle
        loc_bar_0_bar_1_bar_1_bar_60 - location
        loc_bar_1_bar__minus_1_bar_1_bar_15 - location
        loc_bar_2_bar_1_bar_1_bar_0 - location
        loc_bar_2_bar__minus_7_bar_2_bar_0 - location
        loc_bar_5_bar_5_bar_3_bar_45 - location
        loc_bar_6_bar_2_bar_2_bar_0 - location
        loc_bar_7_bar_4_bar_2_bar_30 - location
        loc_bar_9_bar__minus_9_bar_3_bar_0 - location
        loc_bar__minus_6_bar_1_bar_1_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_0_bar_1_bar_1_bar_60)
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
        (objectType Knife_bar__minus_01_dot_12_bar__plus_01_dot_17_bar__plus_01_dot_36 KnifeType)
        (pickupable Knife_bar__minus_01_dot_12_bar__plus_01_dot_17_bar__plus_01_dot_36)
        (cleanable Knife_bar__minus_01_dot_12_bar__plus_01_dot_17_bar__plus_01_dot_36)
        (inReceptacle Knife_bar__minus_01_dot_12_bar__plus_01_dot_17_bar__plus_01_dot_36 Sink_bar__minus_01_dot_93_bar__plus_00_dot_59_bar__plus_01_dot_01_bar_SinkBasin)
        (objectAtLocation Knife_bar__minus_01_dot_12_bar__plus_01_dot_17_bar__plus_01_dot_36 loc_bar__minus_6_bar_1_bar_1_bar__minus_30)
        (objectType Spoon_bar__plus_03_dot_45_bar__plus_01_dot_55_bar__plus_03_dot_45 SpoonType)
        (pickupable Spoon_bar__plus_03_dot_45_bar__plus_01_dot_55_bar__plus_03_dot_45)
        (cleanable Spoon_bar__plus_03_dot_45_bar__plus_01_dot_55_bar__plus_03_dot_45)
        (inReceptacle Spoon_bar__plus_03_dot_45_bar__plus_01_dot_55_bar__plus_03_dot_45 CounterTop_bar__plus_02_dot_17_bar__plus_00_dot_57_bar__plus_01_dot_34)
        (objectAtLocation Spoon_bar__plus_03_dot_45_bar__plus_01_dot_55_bar__plus_03_dot_45 loc_bar_1_bar__minus_1_bar_1_bar_15)
        (objectType Mug_bar__plus_01_dot_86_bar__plus_02_dot_57_bar__plus_01_dot_32 MugType)
        (pickupable Mug_bar__plus_01_dot_86_bar__plus_02_dot_57_bar__plus_01_dot_32)
        (cleanable Mug_bar__plus_01_dot_86_bar__plus_02_dot_57_bar__plus_01_dot_32)
        (heatable Mug_bar__plus_01_dot_86_bar__plus_02_dot_57_bar__plus_01_dot_32)
        (coolable Mug_bar__plus_01_dot_86_bar__plus_02_dot_57_bar__plus_01_dot_32)
        (inReceptacle Mug_bar__plus_01_dot_86_bar__plus_02_dot_57_bar__plus_01_dot_32 Sink_bar__minus_01_dot_93_bar__plus_00_dot_59_bar__plus_01_dot_01_bar_SinkBasin)
        (objectAtLocation Mug_bar__plus_01_dot_86_bar__plus_02_dot_57_bar__plus_01_dot_32 loc_bar__minus_6_bar_1_bar_1_bar__minus_30)
        (objectType Pan_bar__plus_01_dot_95_bar__plus_02_dot_41_bar__minus_01_dot_03 PanType)
        (pickupable Pan_bar__plus_01_dot_95_bar__plus_02_dot_41_bar__minus_01_dot_03)
        (cleanable Pan_bar__plus_01_dot_95_bar__plus_02_dot_41_bar__minus_01_dot_03)
        (coolable Pan_bar__plus_01_dot_95_bar__plus_02_dot_41_bar__minus_01_dot_03)
        (inReceptacle Pan_bar__plus_01_dot_95_bar__plus_02_dot_41_bar__minus_01_dot_03 CounterTop_bar__plus_02_dot_17_bar__plus_00_dot_57_bar__plus_01_dot_34)
        (objectAtLocation Pan_bar__plus_01_dot_95_bar__plus_02_dot_41_bar__minus_01_dot_03 loc_bar_1_bar__minus_1_bar_1_bar_15)
        (objectType Ladle_bar__plus_01_dot_10_bar__plus_01_dot_14_bar__plus_00_dot_84 LadleType)
        (pickupable Ladle_bar__plus_01_dot_10_bar__plus_01_dot_14_bar__plus_00_dot_84)
        (cleanable Ladle_bar__plus_01_dot_10_bar__plus_01_dot_14_bar__plus_00_dot_84)
        (inReceptacle Ladle_bar__plus_01_dot_10_bar__plus_01_dot_14_bar__plus_00_dot_84 Cabinet_bar__plus_02_dot_07_bar__plus_02_dot_80_bar__plus_01_dot_13)
        (objectAtLocation Ladle_bar__plus_01_dot_10_bar__plus_01_dot_14_bar__plus_00_dot_84 loc_bar_2_bar__minus_7_bar_2_bar_0)
        (objectType ButterKnife_bar__minus_03_dot_28_bar__plus_01_dot_02_bar__plus_00_dot_65 ButterKnifeType)
        (pickupable ButterKnife_bar__minus_03_dot_28_bar__plus_01_dot_02_bar__plus_00_dot_65)
        (cleanable ButterKnife_bar__minus_03_dot_28_bar__plus_01_dot_02_bar__plus_00_dot_65)
        (inReceptacle ButterKnife_bar__minus_03_dot_28_bar__plus_01_dot_02_bar__plus_00_dot_65 Sink_bar__minus_01_dot_93_bar__plus_00_dot_59_bar__plus_01_dot_01_bar_SinkBasin)
        (objectAtLocation ButterKnife_bar__minus_03_dot_28_bar__plus_01_dot_02_bar__plus_00_dot_65 loc_bar__minus_6_bar_1_bar_1_bar__minus_30)
        (canContain CabinetType LadleType)
        (canContain CabinetType MugType)
        (canContain CabinetType PanType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType KnifeType)
        (canContain CounterTopType LadleType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType SpoonType)
        (canContain FridgeType MugType)
        (canContain FridgeType PanType)
        (canContain MicrowaveType MugType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType KnifeType)
        (canContain SinkBasinType LadleType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType SpoonType)
        (canContain StoveBurnerType PanType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o KnifeType)
                            (receptacleType ?r CounterTopType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
