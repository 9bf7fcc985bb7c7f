(define (problem plan_trial_T20190312_150950_746678)
    (:domain alfred)
    (:objects
        agent1 - agent
        AppleType - otype
        ButterKnifeType - otype
        KettleType - otype
        KnifeType - otype
        PotatoType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Potato_bar__minus_02_dot_39_bar__plus_03_dot_37_bar__plus_00_dot_00 - object
        Potato_bar__minus_00_dot_86_bar__plus_02_dot_59_bar__plus_02_dot_49 - object
        Apple_bar__plus_00_dot_60_bar__plus_00_dot_41_bar__minus_02_dot_65 - object
        Kettle_bar__minus_01_dot_08_bar__plus_00_dot_18_bar__minus_00_dot_02 - object
        Cabinet_bar__minus_02_dot_92_bar__plus_03_dot_07_bar__minus_01_dot_41 - receptacle
        CounterTop_bar__plus_01_dot_55_bar__plus_00_dot_74_bar__plus_02_dot_75 - receptacle
        Fridge_bar__minus_02_dot_20_bar__plus_01_dot_01_bar__minus_02_dot_05 - receptacle
        GarbageCan_bar__minus_01_dot_74_bar__plus_01_dot_22_bar__plus_01_dot_50 - receptacle
        Microwave_bar__minus_01_dot_78_bar__plus_00_dot_35_bar__minus_00_dot_18 - receptacle
        Sink_bar__plus_01_dot_99_bar__plus_01_dot_65_bar__minus_00_dot_30_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_03_dot_44_bar__plus_01_dot_99_bar__minus_01_dot_12 - receptacle
        StoveBurner_bar__plus_00_dot_26_bar__plus_00_dot_84_bar__minus_00_dot_08 - receptacle
        loc_bar_0_bar__minus_1_bar_2_bar_15 - location
        loc_bar_4_bar_6_bar_3_bar_15 - location
        loc_bar_5_bar_5_bar_2_bar_60 - location
        loc_bar_6_bar_5_bar_1_bar_0 - location
        loc_bar_7_bar__minus_1_bar_0_bar_30 - location
        loc_bar_7_bar__minus_1_bar_3_bar_45 - location
        loc_bar_7_bar__minus_6_bar_0_bar__minus_30 - location
        loc_bar__minus_3_bar_5_bar_1_bar_30 - location
        loc_bar__minus_4_bar__minus_9_bar_0_bar_0 - location
    )
    (:init
        (atLocation agent1 loc_bar_6_bar_5_bar_1_bar_0)
        (receptacleType Cabinet_bar__minus_02_dot_92_bar__plus_03_dot_07_bar__minus_01_dot_41 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_92_bar__plus_03_dot_07_bar__minus_01_dot_41 loc_bar_4_bar_6_bar_3_bar_15)
        (openable Cabinet_bar__minus_02_dot_92_bar__plus_03_dot_07_bar__minus_01_dot_41)
        (receptacleType CounterTop_bar__plus_01_dot_55_bar__plus_00_dot_74_bar__plus_02_dot_75 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_55_bar__plus_00_dot_74_bar__plus_02_dot_75 loc_bar_7_bar__minus_1_bar_0_bar_30)
        (receptacleType Fridge_bar__minus_02_dot_20_bar__plus_01_dot_01_bar__minus_02_dot_05 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_02_dot_20_bar__plus_01_dot_01_bar__minus_02_dot_05 loc_bar__minus_4_bar__minus_9_bar_0_bar_0)
        (openable Fridge_bar__minus_02_dot_20_bar__plus_01_dot_01_bar__minus_02_dot_05)
        (receptacleType GarbageCan_bar__minus_01_dot_74_bar__plus_01_dot_22_bar__plus_01_dot_50 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_74_bar__plus_01_dot_22_bar__plus_01_dot_50 loc_bar_7_bar__minus_1_bar_3_bar_45)
        (receptacleType Microwave_bar__minus_01_dot_78_bar__plus_00_dot_35_bar__minus_00_dot_18 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_01_dot_78_bar__plus_00_dot_35_bar__minus_00_dot_18 loc_bar_5_bar_5_bar_2_bar_60)
        (openable Microwave_bar__minus_01_dot_78_bar__plus_00_dot_35_bar__minus_00_dot_18)
        (receptacleType Sink_bar__plus_01_dot_99_bar__plus_01_dot_65_bar__minus_00_dot_30_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_01_dot_99_bar__plus_01_dot_65_bar__minus_00_dot_30_bar_SinkBasin loc_bar_0_bar__minus_1_bar_2_bar_15)
        (receptacleType StoveBurner_bar__minus_03_dot_44_bar__plus_01_dot_99_bar__minus_01_dot_12 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_03_dot_44_bar__plus_01_dot_99_bar__minus_01_dot_12 loc_bar__minus_3_bar_5_bar_1_bar_30)
        (receptacleType StoveBurner_bar__plus_00_dot_26_bar__plus_00_dot_84_bar__minus_00_dot_08 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_26_bar__plus_00_dot_84_bar__minus_00_dot_08 loc_bar_7_bar__minus_6_bar_0_bar__minus_30)
        (objectType Potato_bar__minus_02_dot_39_bar__plus_03_dot_37_bar__plus_00_dot_00 PotatoType)
        (pickupable Potato_bar__minus_02_dot_39_bar__plus_03_dot_37_bar__plus_00_dot_00)
        (cleanable Potato_bar__minus_02_dot_39_bar__plus_03_dot_37_bar__plus_00_dot_00)
        (heatable Potato_bar__minus_02_dot_39_bar__plus_03_dot_37_bar__plus_00_dot_00)
        (coolable Potato_bar__minus_02_dot_39_bar__plus_03_dot_37_bar__plus_00_dot_00)
        (inReceptacle Potato_bar__minus_02_dot_39_bar__plus_03_dot_37_bar__plus_00_dot_00 Sink_bar__plus_01_dot_99_bar__plus_01_dot_65_bar__minus_00_dot_30_bar_SinkBasin)
        (objectAtLocation Potato_bar__minus_02_dot_39_bar__plus_03_dot_37_bar__plus_00_dot_00 loc_bar_0_bar__minus_1_bar_2_bar_15)
        (objectType Potato_bar__minus_00_dot_86_bar__plus_02_dot_59_bar__plus_02_dot_49 PotatoType)
        (pickupable Potato_bar__minus_00_dot_86_bar__plus_02_dot_59_bar__plus_02_dot_49)
        (cleanable Potato_bar__minus_00_dot_86_bar__plus_02_dot_59_bar__plus_02_dot_49)
        (heatable Potato_bar__minus_00_dot_86_bar__plus_02_dot_59_bar__plus_02_dot_49)
        (coolable Potato_bar__minus_00_dot_86_bar__plus_02_dot_59_bar__plus_02_dot_49)
        (inReceptacle Potato_bar__minus_00_dot_86_bar__plus_02_dot_59_bar__plus_02_dot_49 CounterTop_bar__plus_01_dot_55_bar__plus_00_dot_74_bar__plus_02_dot_75)
        (objectAtLocation Potato_bar__minus_00_dot_86_bar__plus_02_dot_59_bar__plus_02_dot_49 loc_bar_7_bar__minus_1_bar_0_bar_30)
        (objectType Apple_bar__plus_00_dot_60_bar__plus_00_dot_41_bar__minus_02_dot_65 AppleType)
        (pickupable Apple_bar__plus_00_dot_60_bar__plus_00_dot_41_bar__minus_02_dot_65)
        (cleanable Apple_bar__plus_00_dot_60_bar__plus_00_dot_41_bar__minus_02_dot_65)
        (heatable Apple_bar__plus_00_dot_60_bar__plus_00_dot_41_bar__minus_02_dot_65)
        (coolable Apple_bar__plus_00_dot_60_bar__plus_00_dot_41_bar__minus_02_dot_65)
        (inReceptacle Apple_bar__plus_00_dot_60_bar__plus_00_dot_41_bar__minus_02_dot_65 Fridge_bar__minus_02_dot_20_bar__plus_01_dot_01_bar__minus_02_dot_05)
        (objectAtLocation Apple_bar__plus_00_dot_60_bar__plus_00_dot_41_bar__minus_02_dot_65 loc_bar__minus_4_bar__minus_9_bar_0_bar_0)
        (objectType Kettle_bar__minus_01_dot_08_bar__plus_00_dot_18_bar__minus_00_dot_02 KettleType)
        (pickupable Kettle_bar__minus_01_dot_08_bar__plus_00_dot_18_bar__minus_00_dot_02)
        (cleanable Kettle_bar__minus_01_dot_08_bar__plus_00_dot_18_bar__minus_00_dot_02)
        (inReceptacle Kettle_bar__minus_01_dot_08_bar__plus_00_dot_18_bar__minus_00_dot_02 CounterTop_bar__plus_01_dot_55_bar__plus_00_dot_74_bar__plus_02_dot_75)
        (objectAtLocation Kettle_bar__minus_01_dot_08_bar__plus_00_dot_18_bar__minus_00_dot_02 loc_bar_7_bar__minus_1_bar_0_bar_30)
        (canContain CabinetType KettleType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType PotatoType)
        (canContain FridgeType AppleType)
        (canContain FridgeType PotatoType)
        (canContain GarbageCanType AppleType)
        (canContain GarbageCanType PotatoType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType PotatoType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType PotatoType)
        (canContain StoveBurnerType KettleType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o PotatoType)
                            (receptacleType ?r FridgeType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
