(define (problem plan_trial_T20190627_080152_789981)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        EggType - otype
        ForkType - otype
        KettleType - otype
        KnifeType - otype
        PanType - otype
        SaltShakerType - otype
        SpatulaType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Fork_bar__plus_02_dot_36_bar__plus_00_dot_79_bar__minus_02_dot_83 - object
        Fork_bar__plus_01_dot_18_bar__plus_00_dot_79_bar__minus_02_dot_55 - object
        Kettle_bar__plus_00_dot_20_bar__plus_02_dot_67_bar__minus_00_dot_60 - object
        Spatula_bar__minus_00_dot_10_bar__plus_01_dot_59_bar__plus_02_dot_70 - object
        Egg_bar__minus_03_dot_24_bar__plus_01_dot_04_bar__plus_01_dot_19 - object
        SaltShaker_bar__plus_00_dot_12_bar__plus_01_dot_49_bar__plus_00_dot_91 - object
        Pan_bar__plus_03_dot_29_bar__plus_02_dot_47_bar__plus_01_dot_87 - object
        Cabinet_bar__plus_03_dot_24_bar__plus_02_dot_97_bar__plus_01_dot_91 - receptacle
        CounterTop_bar__plus_01_dot_83_bar__plus_01_dot_12_bar__minus_01_dot_37 - receptacle
        Drawer_bar__plus_01_dot_41_bar__plus_00_dot_33_bar__plus_02_dot_54 - receptacle
        Fridge_bar__minus_02_dot_46_bar__plus_03_dot_30_bar__plus_03_dot_15 - receptacle
        Microwave_bar__minus_02_dot_67_bar__plus_03_dot_31_bar__plus_01_dot_69 - receptacle
        Sink_bar__plus_03_dot_48_bar__plus_01_dot_13_bar__plus_01_dot_91_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_00_dot_86_bar__plus_00_dot_44_bar__minus_01_dot_81 - receptacle
        StoveBurner_bar__minus_00_dot_79_bar__plus_01_dot_72_bar__plus_00_dot_89 - receptacle
        loc_bar_1_bar__minus_2_bar_0_bar_45 - location
        loc_bar_2_bar_6_bar_0_bar__minus_30 - location
        loc_bar_3_bar__minus_7_bar_2_bar_0 - location
        loc_bar_6_bar_3_bar_1_bar_15 - location
        loc_bar__minus_4_bar_2_bar_1_bar_45 - location
        loc_bar__minus_5_bar__minus_4_bar_2_bar_60 - location
        loc_bar__minus_6_bar_4_bar_0_bar_30 - location
        loc_bar__minus_6_bar_7_bar_2_bar__minus_30 - location
        loc_bar__minus_7_bar_7_bar_3_bar_30 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_6_bar_7_bar_2_bar__minus_30)
        (receptacleType Cabinet_bar__plus_03_dot_24_bar__plus_02_dot_97_bar__plus_01_dot_91 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_03_dot_24_bar__plus_02_dot_97_bar__plus_01_dot_91 loc_bar_6_bar_3_bar_1_bar_15)
        (openable Cabinet_bar__plus_03_dot_24_bar__plus_02_dot_97_bar__plus_01_dot_91)
        (receptacleType CounterTop_bar__plus_01_dot_83_bar__plus_01_dot_12_bar__minus_01_dot_37 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_83_bar__plus_01_dot_12_bar__minus_01_dot_37 loc_bar__minus_5_bar__minus_4_bar_2_bar_60)
        (receptacleType Drawer_bar__plus_01_dot_41_bar__plus_00_dot_33_bar__plus_02_dot_54 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_41_bar__plus_00_dot_33_bar__plus_02_dot_54 loc_bar_1_bar__minus_2_bar_0_bar_45)
        (openable Drawer_bar__plus_01_dot_41_bar__plus_00_dot_33_bar__plus_02_dot_54)
        (receptacleType Fridge_bar__minus_02_dot_46_bar__plus_03_dot_30_bar__plus_03_dot_15 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_02_dot_46_bar__plus_03_dot_30_bar__plus_03_dot_15 loc_bar__minus_6_bar_4_bar_0_bar_30)
        (openable Fridge_bar__minus_02_dot_46_bar__plus_03_dot_30_bar__plus_03_dot_15)
        (receptacleType Microwave_bar__minus_02_dot_67_bar__plus_03_dot_31_bar__plus_01_dot_69 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_02_dot_67_bar__plus_03_dot_31_bar__plus_01_dot_69 loc_bar__minus_7_bar_7_bar_3_bar_30)
        (openable Microwave_bar__minus_02_dot_67_bar__plus_03_dot_31_bar__plus_01_dot_69)
        (receptacleType Sink_bar__plus_03_dot_48_bar__plus_01_dot_13_bar__plus_01_dot_91_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_03_dot_48_bar__plus_01_dot_13_bar__plus_01_dot_91_bar_SinkBasin loc_bar_2_bar_6_bar_0_bar__minus_30)
        (receptacleType StoveBurner_bar__minus_00_dot_86_bar__plus_00_dot_44_bar__minus_01_dot_81 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_86_bar__plus_00_dot_44_bar__minus_01_dot_81 loc_bar__minus_4_bar_2_bar_1_bar_45)
        (receptacleType StoveBurner_bar__minus_00_dot_79_bar__plus_01_dot_72_bar__plus_00_dot_89 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_79_bar__plus_01_dot_72_bar__plus_00_dot_89 loc_bar_3_bar__minus_7_bar_2_bar_0)
        (objectType Fork_bar__plus_02_dot_36_bar__plus_00_dot_79_bar__minus_02_dot_83 ForkType)
        (pickupable Fork_bar__plus_02_dot_36_bar__plus_00_dot_79_bar__minus_02_dot_83)
        (cleanable Fork_bar__plus_02_dot_36_bar__plus_00_dot_79_bar__minus_02_dot_83)
        (inReceptacle Fork_bar__plus_02_dot_36_bar__plus_00_dot_79_bar__minus_02_dot_83 CounterTop_bar__plus_01_dot_83_bar__plus_01_dot_12_bar__minus_01_dot_37)
        (objectAtLocation Fork_bar__plus_02_dot_36_bar__plus_00_dot_79_bar__minus_02_dot_83 loc_bar__minus_5_bar__minus_4_bar_2_bar_60)
        (objectType Fork_bar__plus_01_dot_18_bar__plus_00_dot_79_bar__minus_02_dot_55 ForkType)
        (pickupable Fork_bar__plus_01_dot_18_bar__plus_00_dot_79_bar__minus_02_dot_55)
        (cleanable Fork_bar__plus_01_dot_18_bar__plus_00_dot_79_bar__minus_02_dot_55)
        (inReceptacle Fork_bar__plus_01_dot_18_bar__plus_00_dot_79_bar__minus_02_dot_55 CounterTop_bar__plus_01_dot_83_bar__plus_01_dot_12_bar__minus_01_dot_37)
        (objectAtLocation Fork_bar__plus_01_dot_18_bar__plus_00_dot_79_bar__minus_02_dot_55 loc_bar__minus_5_bar__minus_4_bar_2_bar_60)
        (objectType Kettle_bar__plus_00_dot_20_bar__plus_02_dot_67_bar__minus_00_dot_60 KettleType)
        (pickupable Kettle_bar__plus_00_dot_20_bar__plus_02_dot_67_bar__minus_00_dot_60)
        (cleanable Kettle_bar__plus_00_dot_20_bar__plus_02_dot_67_bar__minus_00_dot_60)
        (inReceptacle Kettle_bar__plus_00_dot_20_bar__plus_02_dot_67_bar__minus_00_dot_60 CounterTop_bar__plus_01_dot_83_bar__plus_01_dot_12_bar__minus_01_dot_37)
        (objectAtLocation Kettle_bar__plus_00_dot_20_bar__plus_02_dot_67_bar__minus_00_dot_60 loc_bar__minus_5_bar__minus_4_bar_2_bar_60)
        (objectType Spatula_bar__minus_00_dot_10_bar__plus_01_dot_59_bar__plus_02_dot_70 SpatulaType)
        (pickupable Spatula_bar__minus_00_dot_10_bar__plus_01_dot_59_bar__plus_02_dot_70)
        (cleanable Spatula_bar__minus_00_dot_10_bar__plus_01_dot_59_bar__plus_02_dot_70)
        (inReceptacle Spatula_bar__minus_00_dot_10_bar__plus_01_dot_59_bar__plus_02_dot_70 Sink_bar__plus_03_dot_48_bar__plus_01_dot_13_bar__plus_01_dot_91_bar_SinkBasin)
        (objectAtLocation Spatula_bar__minus_00_dot_10_bar__plus_01_dot_59_bar__plus_02_dot_70 loc_bar_2_bar_6_bar_0_bar__minus_30)
        (objectType Egg_bar__minus_03_dot_24_bar__plus_01_dot_04_bar__plus_01_dot_19 EggType)
        (pickupable Egg_bar__minus_03_dot_24_bar__plus_01_dot_04_bar__plus_01_dot_19)
        (cleanable Egg_bar__minus_03_dot_24_bar__plus_01_dot_04_bar__plus_01_dot_19)
        (heatable Egg_bar__minus_03_dot_24_bar__plus_01_dot_04_bar__plus_01_dot_19)
        (coolable Egg_bar__minus_03_dot_24_bar__plus_01_dot_04_bar__plus_01_dot_19)
        (inReceptacle Egg_bar__minus_03_dot_24_bar__plus_01_dot_04_bar__plus_01_dot_19 Microwave_bar__minus_02_dot_67_bar__plus_03_dot_31_bar__plus_01_dot_69)
        (objectAtLocation Egg_bar__minus_03_dot_24_bar__plus_01_dot_04_bar__plus_01_dot_19 loc_bar__minus_7_bar_7_bar_3_bar_30)
        (objectType SaltShaker_bar__plus_00_dot_12_bar__plus_01_dot_49_bar__plus_00_dot_91 SaltShakerType)
        (pickupable SaltShaker_bar__plus_00_dot_12_bar__plus_01_dot_49_bar__plus_00_dot_91)
        (inReceptacle SaltShaker_bar__plus_00_dot_12_bar__plus_01_dot_49_bar__plus_00_dot_91 Drawer_bar__plus_01_dot_41_bar__plus_00_dot_33_bar__plus_02_dot_54)
        (objectAtLocation SaltShaker_bar__plus_00_dot_12_bar__plus_01_dot_49_bar__plus_00_dot_91 loc_bar_1_bar__minus_2_bar_0_bar_45)
        (objectType Pan_bar__plus_03_dot_29_bar__plus_02_dot_47_bar__plus_01_dot_87 PanType)
        (pickupable Pan_bar__plus_03_dot_29_bar__plus_02_dot_47_bar__plus_01_dot_87)
        (cleanable Pan_bar__plus_03_dot_29_bar__plus_02_dot_47_bar__plus_01_dot_87)
        (coolable Pan_bar__plus_03_dot_29_bar__plus_02_dot_47_bar__plus_01_dot_87)
        (inReceptacle Pan_bar__plus_03_dot_29_bar__plus_02_dot_47_bar__plus_01_dot_87 Cabinet_bar__plus_03_dot_24_bar__plus_02_dot_97_bar__plus_01_dot_91)
        (objectAtLocation Pan_bar__plus_03_dot_29_bar__plus_02_dot_47_bar__plus_01_dot_87 loc_bar_6_bar_3_bar_1_bar_15)
        (canContain CabinetType KettleType)
        (canContain CabinetType PanType)
        (canContain CabinetType SaltShakerType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType ForkType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType SaltShakerType)
        (canContain CounterTopType SpatulaType)
        (canContain DrawerType ForkType)
        (canContain DrawerType SaltShakerType)
        (canContain DrawerType SpatulaType)
        (canContain FridgeType EggType)
        (canContain FridgeType PanType)
        (canContain MicrowaveType EggType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType ForkType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType SpatulaType)
        (canContain StoveBurnerType KettleType)
        (canContain StoveBurnerType PanType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o ForkType)
                            (receptacleType ?r DrawerType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
