(define (problem plan_trial_T20190312_032636_042730)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        KettleType - otype
        KnifeType - otype
        MugType - otype
        SaltShakerType - otype
        TomatoType - otype
        WineBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Knife_bar__plus_02_dot_09_bar__plus_00_dot_89_bar__minus_03_dot_16 - object
        Knife_bar__minus_02_dot_99_bar__plus_02_dot_17_bar__plus_01_dot_70 - object
        Knife_bar__plus_02_dot_36_bar__plus_01_dot_71_bar__plus_01_dot_48 - object
        WineBottle_bar__minus_01_dot_25_bar__plus_03_dot_19_bar__plus_02_dot_52 - object
        Kettle_bar__plus_01_dot_67_bar__plus_02_dot_07_bar__plus_01_dot_07 - object
        SaltShaker_bar__plus_03_dot_27_bar__plus_00_dot_72_bar__minus_02_dot_75 - object
        Tomato_bar__plus_00_dot_88_bar__plus_01_dot_12_bar__minus_01_dot_45 - object
        Mug_bar__plus_01_dot_21_bar__plus_01_dot_79_bar__plus_03_dot_42 - object
        Cabinet_bar__plus_02_dot_50_bar__plus_03_dot_02_bar__plus_01_dot_16 - receptacle
        CounterTop_bar__minus_01_dot_18_bar__plus_01_dot_82_bar__plus_01_dot_38 - receptacle
        Fridge_bar__minus_02_dot_25_bar__plus_02_dot_02_bar__plus_00_dot_65 - receptacle
        Microwave_bar__plus_01_dot_51_bar__plus_00_dot_94_bar__minus_02_dot_75 - receptacle
        Sink_bar__minus_02_dot_91_bar__plus_01_dot_11_bar__plus_02_dot_88_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_03_dot_20_bar__plus_00_dot_75_bar__plus_00_dot_93 - receptacle
        StoveBurner_bar__plus_01_dot_97_bar__plus_02_dot_03_bar__plus_00_dot_33 - receptacle
        loc_bar_3_bar__minus_2_bar_1_bar_0 - location
        loc_bar_4_bar__minus_4_bar_3_bar_45 - location
        loc_bar_6_bar_8_bar_3_bar_30 - location
        loc_bar_7_bar__minus_8_bar_1_bar_60 - location
        loc_bar__minus_2_bar__minus_8_bar_0_bar_45 - location
        loc_bar__minus_3_bar_8_bar_3_bar_45 - location
        loc_bar__minus_5_bar__minus_1_bar_1_bar_0 - location
        loc_bar__minus_7_bar_4_bar_2_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_2_bar__minus_8_bar_0_bar_45)
        (receptacleType Cabinet_bar__plus_02_dot_50_bar__plus_03_dot_02_bar__plus_01_dot_16 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_50_bar__plus_03_dot_02_bar__plus_01_dot_16 loc_bar_6_bar_8_bar_3_bar_30)
        (openable Cabinet_bar__plus_02_dot_50_bar__plus_03_dot_02_bar__plus_01_dot_16)
        (receptacleType CounterTop_bar__minus_01_dot_18_bar__plus_01_dot_82_bar__plus_01_dot_38 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_18_bar__plus_01_dot_82_bar__plus_01_dot_38 loc_bar_3_bar__minus_2_bar_1_bar_0)
        (receptacleType Fridge_bar__minus_02_dot_25_bar__plus_02_dot_02_bar__plus_00_dot_65 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_02_dot_25_bar__plus_02_dot_02_bar__plus_00_dot_65 loc_bar__minus_7_bar_4_bar_2_bar_15)
        (openable Fridge_bar__minus_02_dot_25_bar__plus_02_dot_02_bar__plus_00_dot_65)
        (receptacleType Microwave_bar__plus_01_dot_51_bar__plus_00_dot_94_bar__minus_02_dot_75 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_01_dot_51_bar__plus_00_dot_94_bar__minus_02_dot_75 loc_bar_7_bar__minus_8_bar_1_bar_60)
        (openable Microwave_bar__plus_01_dot_51_bar__plus_00_dot_94_bar__minus_02_dot_75)
        (receptacleType Sink_bar__minus_02_dot_91_bar__plus_01_dot_11_bar__plus_02_dot_88_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_02_dot_91_bar__plus_01_dot_11_bar__plus_02_dot_88_bar_SinkBasin loc_bar__minus_3_bar_8_bar_3_bar_45)
        (receptacleType StoveBurner_bar__minus_03_dot_20_bar__plus_00_dot_75_bar__plus_00_dot_93 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_03_dot_20_bar__plus_00_dot_75_bar__plus_00_dot_93 loc_bar_4_bar__minus_4_bar_3_bar_45)
        (receptacleType StoveBurner_bar__plus_01_dot_97_bar__plus_02_dot_03_bar__plus_00_dot_33 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_01_dot_97_bar__plus_02_dot_03_bar__plus_00_dot_33 loc_bar__minus_5_bar__minus_1_bar_1_bar_0)
        (objectType Knife_bar__plus_02_dot_09_bar__plus_00_dot_89_bar__minus_03_dot_16 KnifeType)
        (pickupable Knife_bar__plus_02_dot_09_bar__plus_00_dot_89_bar__minus_03_dot_16)
        (cleanable Knife_bar__plus_02_dot_09_bar__plus_00_dot_89_bar__minus_03_dot_16)
        (inReceptacle Knife_bar__plus_02_dot_09_bar__plus_00_dot_89_bar__minus_03_dot_16 Sink_bar__minus_02_dot_91_bar__plus_01_dot_11_bar__plus_02_dot_88_bar_SinkBasin)
        (objectAtLocation Knife_bar__plus_02_dot_09_bar__plus_00_dot_89_bar__minus_03_dot_16 loc_bar__minus_3_bar_8_bar_3_bar_45)
        (objectType Knife_bar__minus_02_dot_99_bar__plus_02_dot_17_bar__plus_01_dot_70 KnifeType)
        (pickupable Knife_bar__minus_02_dot_99_bar__plus_02_dot_17_bar__plus_01_dot_70)
        (cleanable Knife_bar__minus_02_dot_99_bar__plus_02_dot_17_bar__plus_01_dot_70)
        (inReceptacle Knife_bar__minus_02_dot_99_bar__plus_02_dot_17_bar__plus_01_dot_70 Sink_bar__minus_02_dot_91_bar__plus_01_dot_11_bar__plus_02_dot_88_bar_SinkBasin)
        (objectAtLocation Knife_bar__minus_02_dot_99_bar__plus_02_dot_17_bar__plus_01_dot_70 loc_bar__minus_3_bar_8_bar_3_bar_45)
        (objectType Knife_bar__plus_02_dot_36_bar__plus_01_dot_71_bar__plus_01_dot_48 KnifeType)
        (pickupable Knife_bar__plus_02_dot_36_bar__plus_01_dot_71_bar__plus_01_dot_48)
        (cleanable Knife_bar__plus_02_dot_36_bar__plus_01_dot_71_bar__plus_01_dot_48)
        (inReceptacle Knife_bar__plus_02_dot_36_bar__plus_01_dot_71_bar__plus_01_dot_48 Sink_bar__minus_02_dot_91_bar__plus_01_dot_11_bar__plus_02_dot_88_bar_SinkBasin)
        (objectAtLocation Knife_bar__plus_02_dot_36_bar__plus_01_dot_71_bar__plus_01_dot_48 loc_bar__minus_3_bar_8_bar_3_bar_45)
        (objectType WineBottle_bar__minus_01_dot_25_bar__plus_03_dot_19_bar__plus_02_dot_52 WineBottleType)
        (pickupable WineBottle_bar__minus_01_dot_25_bar__plus_03_dot_19_bar__plus_02_dot_52)
        (coolable WineBottle_bar__minus_01_dot_25_bar__plus_03_dot_19_bar__plus_02_dot_52)
        (inReceptacle WineBottle_bar__minus_01_dot_25_bar__plus_03_dot_19_bar__plus_02_dot_52 Cabinet_bar__plus_02_dot_50_bar__plus_03_dot_02_bar__plus_01_dot_16)
        (objectAtLocation WineBottle_bar__minus_01_dot_25_bar__plus_03_dot_19_bar__plus_02_dot_52 loc_bar_6_bar_8_bar_3_bar_30)
        (objectType Kettle_bar__plus_01_dot_67_bar__plus_02_dot_07_bar__plus_01_dot_07 KettleType)
        (pickupable Kettle_bar__plus_01_dot_67_bar__plus_02_dot_07_bar__plus_01_dot_07)
        (cleanable Kettle_bar__plus_01_dot_67_bar__plus_02_dot_07_bar__plus_01_dot_07)
        (inReceptacle Kettle_bar__plus_01_dot_67_bar__plus_02_dot_07_bar__plus_01_dot_07 StoveBurner_bar__minus_03_dot_20_bar__plus_00_dot_75_bar__plus_00_dot_93)
        (objectAtLocation Kettle_bar__plus_01_dot_67_bar__plus_02_dot_07_bar__plus_01_dot_07 loc_bar_4_bar__minus_4_bar_3_bar_45)
        (objectType SaltShaker_bar__plus_03_dot_27_bar__plus_00_dot_72_bar__minus_02_dot_75 SaltShakerType)
        (pickupable SaltShaker_bar__plus_03_dot_27_bar__plus_00_dot_72_bar__minus_02_dot_75)
        (inReceptacle SaltShaker_bar__plus_03_dot_27_bar__plus_00_dot_72_bar__minus_02_dot_75 Cabinet_bar__plus_02_dot_50_bar__plus_03_dot_02_bar__plus_01_dot_16)
        (objectAtLocation SaltShaker_bar__plus_03_dot_27_bar__plus_00_dot_72_bar__minus_02_dot_75 loc_bar_6_bar_8_bar_3_bar_30)
        (objectType Tomato_bar__plus_00_dot_88_bar__plus_01_dot_12_bar__minus_01_dot_45 TomatoType)
        (pickupable Tomato_bar__plus_00_dot_88_bar__plus_01_dot_12_bar__minus_01_dot_45)
        (cleanable Tomato_bar__plus_00_dot_88_bar__plus_01_dot_12_bar__minus_01_dot_45)
        (heatable Tomato_bar__plus_00_dot_88_bar__plus_01_dot_12_bar__minus_01_dot_45)
        (coolable Tomato_bar__plus_00_dot_88_bar__plus_01_dot_12_bar__minus_01_dot_45)
        (inReceptacle Tomato_bar__plus_00_dot_88_bar__plus_01_dot_12_bar__minus_01_dot_45 Sink_bar__minus_02_dot_91_bar__plus_01_dot_11_bar__plus_02_dot_88_bar_SinkBasin)
        (objectAtLocation Tomato_bar__plus_00_dot_88_bar__plus_01_dot_12_bar__minus_01_dot_45 loc_bar__minus_3_bar_8_bar_3_bar_45)
        (objectType Mug_bar__plus_01_dot_21_bar__plus_01_dot_79_bar__plus_03_dot_42 MugType)
        (pickupable Mug_bar__plus_01_dot_21_bar__plus_01_dot_79_bar__plus_03_dot_42)
        (cleanable Mug_bar__plus_01_dot_21_bar__plus_01_dot_79_bar__plus_03_dot_42)
        (heatable Mug_bar__plus_01_dot_21_bar__plus_01_dot_79_bar__plus_03_dot_42)
        (coolable Mug_bar__plus_01_dot_21_bar__plus_01_dot_79_bar__plus_03_dot_42)
        (inReceptacle Mug_bar__plus_01_dot_21_bar__plus_01_dot_79_bar__plus_03_dot_42 Sink_bar__minus_02_dot_91_bar__plus_01_dot_11_bar__plus_02_dot_88_bar_SinkBasin)
        (objectAtLocation Mug_bar__plus_01_dot_21_bar__plus_01_dot_79_bar__plus_03_dot_42 loc_bar__minus_3_bar_8_bar_3_bar_45)
        (canContain CabinetType KettleType)
        (canContain CabinetType MugType)
        (canContain CabinetType SaltShakerType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType KnifeType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType SaltShakerType)
        (canContain CounterTopType TomatoType)
        (canContain CounterTopType WineBottleType)
        (canContain FridgeType MugType)
        (canContain FridgeType TomatoType)
        (canContain FridgeType WineBottleType)
        (canContain MicrowaveType MugType)
        (canContain MicrowaveType TomatoType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType KnifeType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType TomatoType)
        (canContain StoveBurnerType KettleType)
    )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 KnifeType)
                                    (receptacleType ?r CounterTopType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 KnifeType)
                                            (receptacleType ?r CounterTopType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
