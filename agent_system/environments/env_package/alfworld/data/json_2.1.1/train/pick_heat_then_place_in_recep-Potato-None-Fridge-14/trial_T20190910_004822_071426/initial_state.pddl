(define (problem plan_trial_T20190910_004822_071426)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        KnifeType - otype
        PotatoType - otype
        SoapBottleType - otype
        TomatoType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Potato_bar__minus_01_dot_51_bar__plus_02_dot_23_bar__plus_00_dot_77 - object
        Tomato_bar__minus_00_dot_40_bar__plus_00_dot_76_bar__minus_02_dot_63 - object
        SoapBottle_bar__minus_03_dot_10_bar__plus_00_dot_24_bar__plus_01_dot_79 - object
        Cabinet_bar__plus_02_dot_50_bar__plus_03_dot_02_bar__plus_01_dot_16 - receptacle
        CounterTop_bar__minus_01_dot_18_bar__plus_01_dot_82_bar__plus_01_dot_38 - receptacle
        Fridge_bar__minus_02_dot_25_bar__plus_02_dot_02_bar__plus_00_dot_65 - receptacle
        Microwave_bar__plus_01_dot_51_bar__plus_00_dot_94_bar__minus_02_dot_75 - receptacle
        Sink_bar__minus_02_dot_91_bar__plus_01_dot_11_bar__plus_02_dot_88_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_03_dot_20_bar__plus_00_dot_75_bar__plus_00_dot_93 - receptacle
        StoveBurner_bar__plus_01_dot_97_bar__plus_02_dot_03_bar__plus_00_dot_33 - receptacle
        loc_bar_3_bar__minus_2_bar_1_bar_0 - location
        loc_bar_4_bar__minus_4_bar_3_bar_45 - location
        loc_bar_5_bar__minus_4_bar_2_bar_60 - location
        loc_bar_6_bar_8_bar_3_bar_30 - location
        loc_bar_7_bar__minus_8_bar_1_bar_60 - location
        loc_bar__minus_3_bar_8_bar_3_bar_45 - location
        loc_bar__minus_5_bar__minus_1_bar_1_bar_0 - location
        loc_bar__minus_7_bar_4_bar_2_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar_5_bar__minus_4_bar_2_bar_60)
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
        (objectType Potato_bar__minus_01_dot_51_bar__plus_02_dot_23_bar__plus_00_dot_77 PotatoType)
        (pickupable Potato_bar__minus_01_dot_51_bar__plus_02_dot_23_bar__plus_00_dot_77)
        (cleanable Potato_bar__minus_01_dot_51_bar__plus_02_dot_23_bar__plus_00_dot_77)
        (heatable Potato_bar__minus_01_dot_51_bar__plus_02_dot_23_bar__plus_00_dot_77)
        (coolable Potato_bar__minus_01_dot_51_bar__plus_02_dot_23_bar__plus_00_dot_77)
        (inReceptacle Potato_bar__minus_01_dot_51_bar__plus_02_dot_23_bar__plus_00_dot_77 Sink_bar__minus_02_dot_91_bar__plus_01_dot_11_bar__plus_02_dot_88_bar_SinkBasin)
        (objectAtLocation Potato_bar__minus_01_dot_51_bar__plus_02_dot_23_bar__plus_00_dot_77 loc_bar__minus_3_bar_8_bar_3_bar_45)
        (objectType Tomato_bar__minus_00_dot_40_bar__plus_00_dot_76_bar__minus_02_dot_63 TomatoType)
        (pickupable Tomato_bar__minus_00_dot_40_bar__plus_00_dot_76_bar__minus_02_dot_63)
        (cleanable Tomato_bar__minus_00_dot_40_bar__plus_00_dot_76_bar__minus_02_dot_63)
        (heatable Tomato_bar__minus_00_dot_40_bar__plus_00_dot_76_bar__minus_02_dot_63)
        (coolable Tomato_bar__minus_00_dot_40_bar__plus_00_dot_76_bar__minus_02_dot_63)
        (inReceptacle Tomato_bar__minus_00_dot_40_bar__plus_00_dot_76_bar__minus_02_dot_63 Sink_bar__minus_02_dot_91_bar__plus_01_dot_11_bar__plus_02_dot_88_bar_SinkBasin)
        (objectAtLocation Tomato_bar__minus_00_dot_40_bar__plus_00_dot_76_bar__minus_02_dot_63 loc_bar__minus_3_bar_8_bar_3_bar_45)
        (objectType SoapBottle_bar__minus_03_dot_10_bar__plus_00_dot_24_bar__plus_01_dot_79 SoapBottleType)
        (pickupable SoapBottle_bar__minus_03_dot_10_bar__plus_00_dot_24_bar__plus_01_dot_79)
        (inReceptacle SoapBottle_bar__minus_03_dot_10_bar__plus_00_dot_24_bar__plus_01_dot_79 Cabinet_bar__plus_02_dot_50_bar__plus_03_dot_02_bar__plus_01_dot_16)
        (objectAtLocation SoapBottle_bar__minus_03_dot_10_bar__plus_00_dot_24_bar__plus_01_dot_79 loc_bar_6_bar_8_bar_3_bar_30)
        (canContain CabinetType SoapBottleType)
        (canContain CounterTopType PotatoType)
        (canContain CounterTopType SoapBottleType)
        (canContain CounterTopType TomatoType)
        (canContain FridgeType PotatoType)
        (canContain FridgeType TomatoType)
        (canContain MicrowaveType PotatoType)
        (canContain MicrowaveType TomatoType)
        (canContain SinkBasinType PotatoType)
        (canContain SinkBasinType TomatoType)
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
