(define (problem plan_trial_T20190314_061242_435938)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        EggType - otype
        ForkType - otype
        KnifeType - otype
        PotatoType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Potato_bar__plus_02_dot_21_bar__plus_03_dot_30_bar__minus_00_dot_28 - object
        Potato_bar__minus_00_dot_32_bar__plus_00_dot_79_bar__minus_00_dot_33 - object
        Fork_bar__plus_01_dot_81_bar__plus_03_dot_48_bar__minus_03_dot_26 - object
        Egg_bar__minus_00_dot_20_bar__plus_02_dot_41_bar__minus_02_dot_93 - object
        Cabinet_bar__minus_00_dot_06_bar__plus_02_dot_97_bar__plus_03_dot_05 - receptacle
        Cabinet_bar__plus_01_dot_90_bar__plus_00_dot_56_bar__plus_00_dot_02 - receptacle
        Cabinet_bar__minus_00_dot_77_bar__plus_03_dot_30_bar__minus_01_dot_50 - receptacle
        CounterTop_bar__plus_01_dot_81_bar__plus_03_dot_37_bar__plus_00_dot_79 - receptacle
        Fridge_bar__plus_03_dot_23_bar__plus_02_dot_45_bar__plus_00_dot_69 - receptacle
        Microwave_bar__minus_03_dot_19_bar__plus_02_dot_81_bar__plus_03_dot_24 - receptacle
        Sink_bar__plus_01_dot_59_bar__plus_02_dot_44_bar__minus_00_dot_77_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_00_dot_58_bar__plus_01_dot_14_bar__minus_02_dot_35 - receptacle
        loc_bar_0_bar_4_bar_3_bar_45 - location
        loc_bar_5_bar_3_bar_3_bar_45 - location
        loc_bar_6_bar__minus_5_bar_0_bar__minus_30 - location
        loc_bar_7_bar_2_bar_2_bar_0 - location
        loc_bar_9_bar_7_bar_3_bar_30 - location
        loc_bar_9_bar__minus_2_bar_2_bar_15 - location
        loc_bar__minus_1_bar_9_bar_3_bar_60 - location
        loc_bar__minus_4_bar_5_bar_2_bar_60 - location
        loc_bar__minus_8_bar_3_bar_0_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar_7_bar_2_bar_2_bar_0)
        (receptacleType Cabinet_bar__minus_00_dot_06_bar__plus_02_dot_97_bar__plus_03_dot_05 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_06_bar__plus_02_dot_97_bar__plus_03_dot_05 loc_bar__minus_4_bar_5_bar_2_bar_60)
        (openable Cabinet_bar__minus_00_dot_06_bar__plus_02_dot_97_bar__plus_03_dot_05)
        (receptacleType Cabinet_bar__plus_01_dot_90_bar__plus_00_dot_56_bar__plus_00_dot_02 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_90_bar__plus_00_dot_56_bar__plus_00_dot_02 loc_bar__minus_8_bar_3_bar_0_bar_15)
        (openable Cabinet_bar__plus_01_dot_90_bar__plus_00_dot_56_bar__plus_00_dot_02)
        (receptacleType Cabinet_bar__minus_00_dot_77_bar__plus_03_dot_30_bar__minus_01_dot_50 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_77_bar__plus_03_dot_30_bar__minus_01_dot_50 loc_bar_0_bar_4_bar_3_bar_45)
        (openable Cabinet_bar__minus_00_dot_77_bar__plus_03_dot_30_bar__minus_01_dot_50)
        (receptacleType CounterTop_bar__plus_01_dot_81_bar__plus_03_dot_37_bar__plus_00_dot_79 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_81_bar__plus_03_dot_37_bar__plus_00_dot_79 loc_bar_9_bar__minus_2_bar_2_bar_15)
        (receptacleType Fridge_bar__plus_03_dot_23_bar__plus_02_dot_45_bar__plus_00_dot_69 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_03_dot_23_bar__plus_02_dot_45_bar__plus_00_dot_69 loc_bar_5_bar_3_bar_3_bar_45)
        (openable Fridge_bar__plus_03_dot_23_bar__plus_02_dot_45_bar__plus_00_dot_69)
        (receptacleType Microwave_bar__minus_03_dot_19_bar__plus_02_dot_81_bar__plus_03_dot_24 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_03_dot_19_bar__plus_02_dot_81_bar__plus_03_dot_24 loc_bar_9_bar_7_bar_3_bar_30)
        (openable Microwave_bar__minus_03_dot_19_bar__plus_02_dot_81_bar__plus_03_dot_24)
        (receptacleType Sink_bar__plus_01_dot_59_bar__plus_02_dot_44_bar__minus_00_dot_77_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_01_dot_59_bar__plus_02_dot_44_bar__minus_00_dot_77_bar_SinkBasin loc_bar_6_bar__minus_5_bar_0_bar__minus_30)
        (receptacleType StoveBurner_bar__minus_00_dot_58_bar__plus_01_dot_14_bar__minus_02_dot_35 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_58_bar__plus_01_dot_14_bar__minus_02_dot_35 loc_bar__minus_1_bar_9_bar_3_bar_60)
        (objectType Potato_bar__plus_02_dot_21_bar__plus_03_dot_30_bar__minus_00_dot_28 PotatoType)
        (pickupable Potato_bar__plus_02_dot_21_bar__plus_03_dot_30_bar__minus_00_dot_28)
        (cleanable Potato_bar__plus_02_dot_21_bar__plus_03_dot_30_bar__minus_00_dot_28)
        (heatable Potato_bar__plus_02_dot_21_bar__plus_03_dot_30_bar__minus_00_dot_28)
        (coolable Potato_bar__plus_02_dot_21_bar__plus_03_dot_30_bar__minus_00_dot_28)
        (inReceptacle Potato_bar__plus_02_dot_21_bar__plus_03_dot_30_bar__minus_00_dot_28 Sink_bar__plus_01_dot_59_bar__plus_02_dot_44_bar__minus_00_dot_77_bar_SinkBasin)
        (objectAtLocation Potato_bar__plus_02_dot_21_bar__plus_03_dot_30_bar__minus_00_dot_28 loc_bar_6_bar__minus_5_bar_0_bar__minus_30)
        (objectType Potato_bar__minus_00_dot_32_bar__plus_00_dot_79_bar__minus_00_dot_33 PotatoType)
        (pickupable Potato_bar__minus_00_dot_32_bar__plus_00_dot_79_bar__minus_00_dot_33)
        (cleanable Potato_bar__minus_00_dot_32_bar__plus_00_dot_79_bar__minus_00_dot_33)
        (heatable Potato_bar__minus_00_dot_32_bar__plus_00_dot_79_bar__minus_00_dot_33)
        (coolable Potato_bar__minus_00_dot_32_bar__plus_00_dot_79_bar__minus_00_dot_33)
        (inReceptacle Potato_bar__minus_00_dot_32_bar__plus_00_dot_79_bar__minus_00_dot_33 Microwave_bar__minus_03_dot_19_bar__plus_02_dot_81_bar__plus_03_dot_24)
        (objectAtLocation Potato_bar__minus_00_dot_32_bar__plus_00_dot_79_bar__minus_00_dot_33 loc_bar_9_bar_7_bar_3_bar_30)
        (objectType Fork_bar__plus_01_dot_81_bar__plus_03_dot_48_bar__minus_03_dot_26 ForkType)
        (pickupable Fork_bar__plus_01_dot_81_bar__plus_03_dot_48_bar__minus_03_dot_26)
        (cleanable Fork_bar__plus_01_dot_81_bar__plus_03_dot_48_bar__minus_03_dot_26)
        (inReceptacle Fork_bar__plus_01_dot_81_bar__plus_03_dot_48_bar__minus_03_dot_26 CounterTop_bar__plus_01_dot_81_bar__plus_03_dot_37_bar__plus_00_dot_79)
        (objectAtLocation Fork_bar__plus_01_dot_81_bar__plus_03_dot_48_bar__minus_03_dot_26 loc_bar_9_bar__minus_2_bar_2_bar_15)
        (objectType Egg_bar__minus_00_dot_20_bar__plus_02_dot_41_bar__minus_02_dot_93 EggType)
        (pickupable Egg_bar__minus_00_dot_20_bar__plus_02_dot_41_bar__minus_02_dot_93)
        (cleanable Egg_bar__minus_00_dot_20_bar__plus_02_dot_41_bar__minus_02_dot_93)
        (heatable Egg_bar__minus_00_dot_20_bar__plus_02_dot_41_bar__minus_02_dot_93)
        (coolable Egg_bar__minus_00_dot_20_bar__plus_02_dot_41_bar__minus_02_dot_93)
        (inReceptacle Egg_bar__minus_00_dot_20_bar__plus_02_dot_41_bar__minus_02_dot_93 Microwave_bar__minus_03_dot_19_bar__plus_02_dot_81_bar__plus_03_dot_24)
        (objectAtLocation Egg_bar__minus_00_dot_20_bar__plus_02_dot_41_bar__minus_02_dot_93 loc_bar_9_bar_7_bar_3_bar_30)
        (canContain CounterTopType EggType)
        (canContain CounterTopType ForkType)
        (canContain CounterTopType PotatoType)
        (canContain FridgeType EggType)
        (canContain FridgeType PotatoType)
        (canContain MicrowaveType EggType)
        (canContain MicrowaveType PotatoType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType ForkType)
        (canContain SinkBasinType PotatoType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o PotatoType)
                            (receptacleType ?r CounterTopType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
