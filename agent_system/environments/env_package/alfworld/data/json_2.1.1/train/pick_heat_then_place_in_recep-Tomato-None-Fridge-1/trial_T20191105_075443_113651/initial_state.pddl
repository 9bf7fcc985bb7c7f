(define (problem plan_trial_T20191105_075443_113651)
    (:domain alfred)
    (:objects
        agent1 - agent
        AppleType - otype
        ButterKnifeType - otype
        KnifeType - otype
        PepperShakerType - otype
        TomatoType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Tomato_bar__minus_03_dot_41_bar__plus_00_dot_45_bar__plus_03_dot_10 - object
        PepperShaker_bar__minus_01_dot_57_bar__plus_02_dot_76_bar__minus_02_dot_07 - object
        Apple_bar__plus_03_dot_03_bar__plus_02_dot_45_bar__minus_03_dot_29 - object
        ButterKnife_bar__minus_01_dot_77_bar__plus_01_dot_92_bar__plus_02_dot_51 - object
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
        loc_bar_2_bar__minus_4_bar_0_bar_15 - location
        loc_bar_2_bar__minus_7_bar_2_bar_0 - location
        loc_bar_5_bar_5_bar_3_bar_45 - location
        loc_bar_6_bar_2_bar_2_bar_0 - location
        loc_bar_7_bar_4_bar_2_bar_30 - location
        loc_bar_9_bar__minus_9_bar_3_bar_0 - location
        loc_bar__minus_6_bar_1_bar_1_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_2_bar__minus_4_bar_0_bar_15)
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
        (objectType Tomato_bar__minus_03_dot_41_bar__plus_00_dot_45_bar__plus_03_dot_10 TomatoType)
        (pickupable Tomato_bar__minus_03_dot_41_bar__plus_00_dot_45_bar__plus_03_dot_10)
        (cleanable Tomato_bar__minus_03_dot_41_bar__plus_00_dot_45_bar__plus_03_dot_10)
        (heatable Tomato_bar__minus_03_dot_41_bar__plus_00_dot_45_bar__plus_03_dot_10)
        (coolable Tomato_bar__minus_03_dot_41_bar__plus_00_dot_45_bar__plus_03_dot_10)
        (inReceptacle Tomato_bar__minus_03_dot_41_bar__plus_00_dot_45_bar__plus_03_dot_10 GarbageCan_bar__plus_01_dot_50_bar__plus_02_dot_16_bar__minus_00_dot_34)
        (objectAtLocation Tomato_bar__minus_03_dot_41_bar__plus_00_dot_45_bar__plus_03_dot_10 loc_bar_2_bar_1_bar_1_bar_0)
        (objectType PepperShaker_bar__minus_01_dot_57_bar__plus_02_dot_76_bar__minus_02_dot_07 PepperShakerType)
        (pickupable PepperShaker_bar__minus_01_dot_57_bar__plus_02_dot_76_bar__minus_02_dot_07)
        (inReceptacle PepperShaker_bar__minus_01_dot_57_bar__plus_02_dot_76_bar__minus_02_dot_07 Cabinet_bar__plus_02_dot_07_bar__plus_02_dot_80_bar__plus_01_dot_13)
        (objectAtLocation PepperShaker_bar__minus_01_dot_57_bar__plus_02_dot_76_bar__minus_02_dot_07 loc_bar_2_bar__minus_7_bar_2_bar_0)
        (objectType Apple_bar__plus_03_dot_03_bar__plus_02_dot_45_bar__minus_03_dot_29 AppleType)
        (pickupable Apple_bar__plus_03_dot_03_bar__plus_02_dot_45_bar__minus_03_dot_29)
        (cleanable Apple_bar__plus_03_dot_03_bar__plus_02_dot_45_bar__minus_03_dot_29)
        (heatable Apple_bar__plus_03_dot_03_bar__plus_02_dot_45_bar__minus_03_dot_29)
        (coolable Apple_bar__plus_03_dot_03_bar__plus_02_dot_45_bar__minus_03_dot_29)
        (inReceptacle Apple_bar__plus_03_dot_03_bar__plus_02_dot_45_bar__minus_03_dot_29 CounterTop_bar__plus_02_dot_17_bar__plus_00_dot_57_bar__plus_01_dot_34)
        (objectAtLocation Apple_bar__plus_03_dot_03_bar__plus_02_dot_45_bar__minus_03_dot_29 loc_bar_1_bar__minus_1_bar_1_bar_15)
        (objectType ButterKnife_bar__minus_01_dot_77_bar__plus_01_dot_92_bar__plus_02_dot_51 ButterKnifeType)
        (pickupable ButterKnife_bar__minus_01_dot_77_bar__plus_01_dot_92_bar__plus_02_dot_51)
        (cleanable ButterKnife_bar__minus_01_dot_77_bar__plus_01_dot_92_bar__plus_02_dot_51)
        (inReceptacle ButterKnife_bar__minus_01_dot_77_bar__plus_01_dot_92_bar__plus_02_dot_51 Sink_bar__minus_01_dot_93_bar__plus_00_dot_59_bar__plus_01_dot_01_bar_SinkBasin)
        (objectAtLocation ButterKnife_bar__minus_01_dot_77_bar__plus_01_dot_92_bar__plus_02_dot_51 loc_bar__minus_6_bar_1_bar_1_bar__minus_30)
        (canContain CabinetType PepperShakerType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType TomatoType)
        (canContain FridgeType AppleType)
        (canContain FridgeType TomatoType)
        (canContain GarbageCanType AppleType)
        (canContain GarbageCanType TomatoType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType TomatoType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType TomatoType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o TomatoType)
                            (receptacleType ?r FridgeType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
