(define (problem plan_trial_T20191004_131724_166645)
    (:domain alfred)
    (:objects
        agent1 - agent
        BreadType - otype
        ButterKnifeType - otype
        KnifeType - otype
        PepperShakerType - otype
        PotatoType - otype
        WineBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        Potato_bar__minus_02_dot_07_bar__plus_01_dot_08_bar__plus_01_dot_02 - object
        Bread_bar__plus_01_dot_38_bar__plus_00_dot_95_bar__minus_02_dot_24 - object
        PepperShaker_bar__plus_02_dot_04_bar__plus_00_dot_84_bar__minus_00_dot_93 - object
        WineBottle_bar__plus_01_dot_41_bar__plus_03_dot_47_bar__minus_03_dot_17 - object
        Cabinet_bar__plus_00_dot_77_bar__plus_02_dot_92_bar__minus_02_dot_38 - receptacle
        Cabinet_bar__minus_00_dot_40_bar__plus_02_dot_92_bar__minus_02_dot_27 - receptacle
        Cabinet_bar__minus_02_dot_97_bar__plus_03_dot_03_bar__plus_01_dot_22 - receptacle
        CounterTop_bar__plus_01_dot_34_bar__plus_00_dot_97_bar__plus_01_dot_28 - receptacle
        CounterTop_bar__plus_02_dot_62_bar__plus_03_dot_27_bar__minus_00_dot_10 - receptacle
        Fridge_bar__minus_00_dot_41_bar__plus_00_dot_21_bar__minus_01_dot_70 - receptacle
        Microwave_bar__minus_03_dot_25_bar__plus_01_dot_53_bar__plus_02_dot_63 - receptacle
        Sink_bar__minus_03_dot_24_bar__plus_01_dot_21_bar__plus_01_dot_96_bar_SinkBasin - receptacle
        loc_bar_2_bar_6_bar_2_bar_15 - location
        loc_bar_2_bar__minus_3_bar_2_bar_15 - location
        loc_bar__minus_6_bar_5_bar_2_bar_15 - location
        loc_bar__minus_6_bar_6_bar_1_bar_60 - location
        loc_bar__minus_6_bar_7_bar_0_bar_60 - location
        loc_bar__minus_6_bar_9_bar_0_bar_15 - location
        loc_bar__minus_7_bar__minus_1_bar_1_bar_15 - location
        loc_bar__minus_8_bar__minus_2_bar_1_bar_0 - location
        loc_bar__minus_9_bar_1_bar_0_bar_0 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_8_bar__minus_2_bar_1_bar_0)
        (receptacleType Cabinet_bar__plus_00_dot_77_bar__plus_02_dot_92_bar__minus_02_dot_38 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_77_bar__plus_02_dot_92_bar__minus_02_dot_38 loc_bar_2_bar_6_bar_2_bar_15)
        (openable Cabinet_bar__plus_00_dot_77_bar__plus_02_dot_92_bar__minus_02_dot_38)
        (receptacleType Cabinet_bar__minus_00_dot_40_bar__plus_02_dot_92_bar__minus_02_dot_27 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_40_bar__plus_02_dot_92_bar__minus_02_dot_27 loc_bar__minus_9_bar_1_bar_0_bar_0)
        (openable Cabinet_bar__minus_00_dot_40_bar__plus_02_dot_92_bar__minus_02_dot_27)
        (receptacleType Cabinet_bar__minus_02_dot_97_bar__plus_03_dot_03_bar__plus_01_dot_22 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_97_bar__plus_03_dot_03_bar__plus_01_dot_22 loc_bar__minus_6_bar_6_bar_1_bar_60)
        (openable Cabinet_bar__minus_02_dot_97_bar__plus_03_dot_03_bar__plus_01_dot_22)
        (receptacleType CounterTop_bar__plus_01_dot_34_bar__plus_00_dot_97_bar__plus_01_dot_28 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_34_bar__plus_00_dot_97_bar__plus_01_dot_28 loc_bar__minus_6_bar_7_bar_0_bar_60)
        (receptacleType CounterTop_bar__plus_02_dot_62_bar__plus_03_dot_27_bar__minus_00_dot_10 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_02_dot_62_bar__plus_03_dot_27_bar__minus_00_dot_10 loc_bar__minus_7_bar__minus_1_bar_1_bar_15)
        (receptacleType Fridge_bar__minus_00_dot_41_bar__plus_00_dot_21_bar__minus_01_dot_70 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_00_dot_41_bar__plus_00_dot_21_bar__minus_01_dot_70 loc_bar_2_bar__minus_3_bar_2_bar_15)
        (openable Fridge_bar__minus_00_dot_41_bar__plus_00_dot_21_bar__minus_01_dot_70)
        (receptacleType Microwave_bar__minus_03_dot_25_bar__plus_01_dot_53_bar__plus_02_dot_63 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_03_dot_25_bar__plus_01_dot_53_bar__plus_02_dot_63 loc_bar__minus_6_bar_5_bar_2_bar_15)
        (openable Microwave_bar__minus_03_dot_25_bar__plus_01_dot_53_bar__plus_02_dot_63)
        (receptacleType Sink_bar__minus_03_dot_24_bar__plus_01_dot_21_bar__plus_01_dot_96_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_03_dot_24_bar__plus_01_dot_21_bar__plus_01_dot_96_bar_SinkBasin loc_bar__minus_6_bar_9_bar_0_bar_15)
        (objectType Potato_bar__minus_02_dot_07_bar__plus_01_dot_08_bar__plus_01_dot_02 PotatoType)
        (pickupable Potato_bar__minus_02_dot_07_bar__plus_01_dot_08_bar__plus_01_dot_02)
        (cleanable Potato_bar__minus_02_dot_07_bar__plus_01_dot_08_bar__plus_01_dot_02)
        (heatable Potato_bar__minus_02_dot_07_bar__plus_01_dot_08_bar__plus_01_dot_02)
        (coolable Potato_bar__minus_02_dot_07_bar__plus_01_dot_08_bar__plus_01_dot_02)
        (inReceptacle Potato_bar__minus_02_dot_07_bar__plus_01_dot_08_bar__plus_01_dot_02 Fridge_bar__minus_00_dot_41_bar__plus_00_dot_21_bar__minus_01_dot_70)
        (objectAtLocation Potato_bar__minus_02_dot_07_bar__plus_01_dot_08_bar__plus_01_dot_02 loc_bar_2_bar__minus_3_bar_2_bar_15)
        (objectType Bread_bar__plus_01_dot_38_bar__plus_00_dot_95_bar__minus_02_dot_24 BreadType)
        (pickupable Bread_bar__plus_01_dot_38_bar__plus_00_dot_95_bar__minus_02_dot_24)
        (heatable Bread_bar__plus_01_dot_38_bar__plus_00_dot_95_bar__minus_02_dot_24)
        (coolable Bread_bar__plus_01_dot_38_bar__plus_00_dot_95_bar__minus_02_dot_24)
        (inReceptacle Bread_bar__plus_01_dot_38_bar__plus_00_dot_95_bar__minus_02_dot_24 Fridge_bar__minus_00_dot_41_bar__plus_00_dot_21_bar__minus_01_dot_70)
        (objectAtLocation Bread_bar__plus_01_dot_38_bar__plus_00_dot_95_bar__minus_02_dot_24 loc_bar_2_bar__minus_3_bar_2_bar_15)
        (objectType PepperShaker_bar__plus_02_dot_04_bar__plus_00_dot_84_bar__minus_00_dot_93 PepperShakerType)
        (pickupable PepperShaker_bar__plus_02_dot_04_bar__plus_00_dot_84_bar__minus_00_dot_93)
        (inReceptacle PepperShaker_bar__plus_02_dot_04_bar__plus_00_dot_84_bar__minus_00_dot_93 Cabinet_bar__plus_00_dot_77_bar__plus_02_dot_92_bar__minus_02_dot_38)
        (objectAtLocation PepperShaker_bar__plus_02_dot_04_bar__plus_00_dot_84_bar__minus_00_dot_93 loc_bar_2_bar_6_bar_2_bar_15)
        (objectType WineBottle_bar__plus_01_dot_41_bar__plus_03_dot_47_bar__minus_03_dot_17 WineBottleType)
        (pickupable WineBottle_bar__plus_01_dot_41_bar__plus_03_dot_47_bar__minus_03_dot_17)
        (coolable WineBottle_bar__plus_01_dot_41_bar__plus_03_dot_47_bar__minus_03_dot_17)
        (inReceptacle WineBottle_bar__plus_01_dot_41_bar__plus_03_dot_47_bar__minus_03_dot_17 CounterTop_bar__plus_01_dot_34_bar__plus_00_dot_97_bar__plus_01_dot_28)
        (objectAtLocation WineBottle_bar__plus_01_dot_41_bar__plus_03_dot_47_bar__minus_03_dot_17 loc_bar__minus_6_bar_7_bar_0_bar_60)
        (canContain CabinetType PepperShakerType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType PotatoType)
        (canContain CounterTopType WineBottleType)
        (canContain FridgeType BreadType)
        (canContain FridgeType PotatoType)
        (canContain FridgeType WineBottleType)
        (canContain MicrowaveType BreadType)
        (canContain MicrowaveType PotatoType)
        (canContain SinkBasinType PotatoType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o PotatoType)
                            (receptacleType ?r CounterTopType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
