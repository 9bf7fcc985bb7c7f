(define (problem plan_trial_T20191122_050119_720958)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        EggType - otype
        KettleType - otype
        KnifeType - otype
        MugType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DiningTableType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Mug_bar__plus_00_dot_54_bar__plus_02_dot_58_bar__plus_02_dot_07 - object
        Kettle_bar__plus_02_dot_82_bar__plus_00_dot_35_bar__minus_02_dot_97 - object
        Knife_bar__minus_02_dot_80_bar__plus_01_dot_49_bar__plus_01_dot_53 - object
        Egg_bar__plus_03_dot_34_bar__plus_00_dot_50_bar__plus_02_dot_20 - object
        Cabinet_bar__plus_03_dot_22_bar__plus_00_dot_14_bar__minus_03_dot_29 - receptacle
        CounterTop_bar__plus_00_dot_71_bar__plus_00_dot_32_bar__plus_00_dot_53 - receptacle
        DiningTable_bar__plus_00_dot_09_bar__plus_02_dot_77_bar__minus_02_dot_79 - receptacle
        Fridge_bar__plus_01_dot_08_bar__plus_03_dot_35_bar__minus_00_dot_79 - receptacle
        Microwave_bar__minus_00_dot_76_bar__plus_01_dot_22_bar__minus_01_dot_98 - receptacle
        Sink_bar__plus_02_dot_72_bar__plus_03_dot_44_bar__minus_02_dot_59_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_03_dot_46_bar__plus_02_dot_12_bar__plus_01_dot_07 - receptacle
        StoveBurner_bar__plus_00_dot_86_bar__plus_01_dot_72_bar__minus_00_dot_13 - receptacle
        loc_bar_0_bar__minus_5_bar_3_bar_45 - location
        loc_bar_3_bar_3_bar_1_bar_45 - location
        loc_bar_4_bar_1_bar_2_bar_30 - location
        loc_bar_6_bar_3_bar_1_bar_30 - location
        loc_bar_7_bar_4_bar_2_bar_45 - location
        loc_bar__minus_2_bar__minus_6_bar_0_bar_30 - location
        loc_bar__minus_5_bar__minus_1_bar_0_bar_45 - location
        loc_bar__minus_5_bar__minus_5_bar_0_bar_30 - location
        loc_bar__minus_8_bar__minus_2_bar_2_bar_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_7_bar_4_bar_2_bar_45)
        (receptacleType Cabinet_bar__plus_03_dot_22_bar__plus_00_dot_14_bar__minus_03_dot_29 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_03_dot_22_bar__plus_00_dot_14_bar__minus_03_dot_29 loc_bar__minus_8_bar__minus_2_bar_2_bar_30)
        (openable Cabinet_bar__plus_03_dot_22_bar__plus_00_dot_14_bar__minus_03_dot_29)
        (receptacleType CounterTop_bar__plus_00_dot_71_bar__plus_00_dot_32_bar__plus_00_dot_53 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_00_dot_71_bar__plus_00_dot_32_bar__plus_00_dot_53 loc_bar_6_bar_3_bar_1_bar_30)
        (receptacleType DiningTable_bar__plus_00_dot_09_bar__plus_02_dot_77_bar__minus_02_dot_79 DiningTableType)
        (receptacleAtLocation DiningTable_bar__plus_00_dot_09_bar__plus_02_dot_77_bar__minus_02_dot_79 loc_bar__minus_5_bar__minus_1_bar_0_bar_45)
        (receptacleType Fridge_bar__plus_01_dot_08_bar__plus_03_dot_35_bar__minus_00_dot_79 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_01_dot_08_bar__plus_03_dot_35_bar__minus_00_dot_79 loc_bar__minus_2_bar__minus_6_bar_0_bar_30)
        (openable Fridge_bar__plus_01_dot_08_bar__plus_03_dot_35_bar__minus_00_dot_79)
        (receptacleType Microwave_bar__minus_00_dot_76_bar__plus_01_dot_22_bar__minus_01_dot_98 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_00_dot_76_bar__plus_01_dot_22_bar__minus_01_dot_98 loc_bar_3_bar_3_bar_1_bar_45)
        (openable Microwave_bar__minus_00_dot_76_bar__plus_01_dot_22_bar__minus_01_dot_98)
        (receptacleType Sink_bar__plus_02_dot_72_bar__plus_03_dot_44_bar__minus_02_dot_59_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_02_dot_72_bar__plus_03_dot_44_bar__minus_02_dot_59_bar_SinkBasin loc_bar_4_bar_1_bar_2_bar_30)
        (receptacleType StoveBurner_bar__minus_03_dot_46_bar__plus_02_dot_12_bar__plus_01_dot_07 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_03_dot_46_bar__plus_02_dot_12_bar__plus_01_dot_07 loc_bar_0_bar__minus_5_bar_3_bar_45)
        (receptacleType StoveBurner_bar__plus_00_dot_86_bar__plus_01_dot_72_bar__minus_00_dot_13 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_86_bar__plus_01_dot_72_bar__minus_00_dot_13 loc_bar__minus_5_bar__minus_5_bar_0_bar_30)
        (objectType Mug_bar__plus_00_dot_54_bar__plus_02_dot_58_bar__plus_02_dot_07 MugType)
        (pickupable Mug_bar__plus_00_dot_54_bar__plus_02_dot_58_bar__plus_02_dot_07)
        (cleanable Mug_bar__plus_00_dot_54_bar__plus_02_dot_58_bar__plus_02_dot_07)
        (heatable Mug_bar__plus_00_dot_54_bar__plus_02_dot_58_bar__plus_02_dot_07)
        (coolable Mug_bar__plus_00_dot_54_bar__plus_02_dot_58_bar__plus_02_dot_07)
        (inReceptacle Mug_bar__plus_00_dot_54_bar__plus_02_dot_58_bar__plus_02_dot_07 Microwave_bar__minus_00_dot_76_bar__plus_01_dot_22_bar__minus_01_dot_98)
        (objectAtLocation Mug_bar__plus_00_dot_54_bar__plus_02_dot_58_bar__plus_02_dot_07 loc_bar_3_bar_3_bar_1_bar_45)
        (objectType Kettle_bar__plus_02_dot_82_bar__plus_00_dot_35_bar__minus_02_dot_97 KettleType)
        (pickupable Kettle_bar__plus_02_dot_82_bar__plus_00_dot_35_bar__minus_02_dot_97)
        (cleanable Kettle_bar__plus_02_dot_82_bar__plus_00_dot_35_bar__minus_02_dot_97)
        (inReceptacle Kettle_bar__plus_02_dot_82_bar__plus_00_dot_35_bar__minus_02_dot_97 DiningTable_bar__plus_00_dot_09_bar__plus_02_dot_77_bar__minus_02_dot_79)
        (objectAtLocation Kettle_bar__plus_02_dot_82_bar__plus_00_dot_35_bar__minus_02_dot_97 loc_bar__minus_5_bar__minus_1_bar_0_bar_45)
        (objectType Knife_bar__minus_02_dot_80_bar__plus_01_dot_49_bar__plus_01_dot_53 KnifeType)
        (pickupable Knife_bar__minus_02_dot_80_bar__plus_01_dot_49_bar__plus_01_dot_53)
        (cleanable Knife_bar__minus_02_dot_80_bar__plus_01_dot_49_bar__plus_01_dot_53)
        (inReceptacle Knife_bar__minus_02_dot_80_bar__plus_01_dot_49_bar__plus_01_dot_53 Sink_bar__plus_02_dot_72_bar__plus_03_dot_44_bar__minus_02_dot_59_bar_SinkBasin)
        (objectAtLocation Knife_bar__minus_02_dot_80_bar__plus_01_dot_49_bar__plus_01_dot_53 loc_bar_4_bar_1_bar_2_bar_30)
        (objectType Egg_bar__plus_03_dot_34_bar__plus_00_dot_50_bar__plus_02_dot_20 EggType)
        (pickupable Egg_bar__plus_03_dot_34_bar__plus_00_dot_50_bar__plus_02_dot_20)
        (cleanable Egg_bar__plus_03_dot_34_bar__plus_00_dot_50_bar__plus_02_dot_20)
        (heatable Egg_bar__plus_03_dot_34_bar__plus_00_dot_50_bar__plus_02_dot_20)
        (coolable Egg_bar__plus_03_dot_34_bar__plus_00_dot_50_bar__plus_02_dot_20)
        (inReceptacle Egg_bar__plus_03_dot_34_bar__plus_00_dot_50_bar__plus_02_dot_20 Sink_bar__plus_02_dot_72_bar__plus_03_dot_44_bar__minus_02_dot_59_bar_SinkBasin)
        (objectAtLocation Egg_bar__plus_03_dot_34_bar__plus_00_dot_50_bar__plus_02_dot_20 loc_bar_4_bar_1_bar_2_bar_30)
        (canContain CabinetType KettleType)
        (canContain CabinetType MugType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType KnifeType)
        (canContain CounterTopType MugType)
        (canContain DiningTableType EggType)
        (canContain DiningTableType KettleType)
        (canContain DiningTableType KnifeType)
        (canContain DiningTableType MugType)
        (canContain FridgeType EggType)
        (canContain FridgeType MugType)
        (canContain MicrowaveType EggType)
        (canContain MicrowaveType MugType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType KnifeType)
        (canContain SinkBasinType MugType)
        (canContain StoveBurnerType KettleType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o MugType)
                            (receptacleType ?r SinkBasinType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
