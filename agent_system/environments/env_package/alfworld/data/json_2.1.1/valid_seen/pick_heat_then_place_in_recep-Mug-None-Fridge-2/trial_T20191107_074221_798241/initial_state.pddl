(define (problem plan_trial_T20191107_074221_798241)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        DishSpongeType - otype
        EggType - otype
        KnifeType - otype
        MugType - otype
        SaltShakerType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        Mug_bar__minus_02_dot_14_bar__plus_01_dot_79_bar__plus_02_dot_82 - object
        DishSponge_bar__plus_01_dot_29_bar__plus_01_dot_43_bar__minus_02_dot_51 - object
        Egg_bar__plus_03_dot_16_bar__plus_02_dot_66_bar__plus_01_dot_02 - object
        SaltShaker_bar__minus_01_dot_77_bar__plus_01_dot_30_bar__minus_02_dot_77 - object
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
        loc_bar__minus_9_bar_1_bar_0_bar_0 - location
        loc_bar__minus_9_bar_2_bar_1_bar_60 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_9_bar_2_bar_1_bar_60)
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
        (objectType Mug_bar__minus_02_dot_14_bar__plus_01_dot_79_bar__plus_02_dot_82 MugType)
        (pickupable Mug_bar__minus_02_dot_14_bar__plus_01_dot_79_bar__plus_02_dot_82)
        (cleanable Mug_bar__minus_02_dot_14_bar__plus_01_dot_79_bar__plus_02_dot_82)
        (heatable Mug_bar__minus_02_dot_14_bar__plus_01_dot_79_bar__plus_02_dot_82)
        (coolable Mug_bar__minus_02_dot_14_bar__plus_01_dot_79_bar__plus_02_dot_82)
        (inReceptacle Mug_bar__minus_02_dot_14_bar__plus_01_dot_79_bar__plus_02_dot_82 Cabinet_bar__plus_00_dot_77_bar__plus_02_dot_92_bar__minus_02_dot_38)
        (objectAtLocation Mug_bar__minus_02_dot_14_bar__plus_01_dot_79_bar__plus_02_dot_82 loc_bar_2_bar_6_bar_2_bar_15)
        (objectType DishSponge_bar__plus_01_dot_29_bar__plus_01_dot_43_bar__minus_02_dot_51 DishSpongeType)
        (pickupable DishSponge_bar__plus_01_dot_29_bar__plus_01_dot_43_bar__minus_02_dot_51)
        (cleanable DishSponge_bar__plus_01_dot_29_bar__plus_01_dot_43_bar__minus_02_dot_51)
        (inReceptacle DishSponge_bar__plus_01_dot_29_bar__plus_01_dot_43_bar__minus_02_dot_51 Cabinet_bar__plus_00_dot_77_bar__plus_02_dot_92_bar__minus_02_dot_38)
        (objectAtLocation DishSponge_bar__plus_01_dot_29_bar__plus_01_dot_43_bar__minus_02_dot_51 loc_bar_2_bar_6_bar_2_bar_15)
        (objectType Egg_bar__plus_03_dot_16_bar__plus_02_dot_66_bar__plus_01_dot_02 EggType)
        (pickupable Egg_bar__plus_03_dot_16_bar__plus_02_dot_66_bar__plus_01_dot_02)
        (cleanable Egg_bar__plus_03_dot_16_bar__plus_02_dot_66_bar__plus_01_dot_02)
        (heatable Egg_bar__plus_03_dot_16_bar__plus_02_dot_66_bar__plus_01_dot_02)
        (coolable Egg_bar__plus_03_dot_16_bar__plus_02_dot_66_bar__plus_01_dot_02)
        (inReceptacle Egg_bar__plus_03_dot_16_bar__plus_02_dot_66_bar__plus_01_dot_02 Fridge_bar__minus_00_dot_41_bar__plus_00_dot_21_bar__minus_01_dot_70)
        (objectAtLocation Egg_bar__plus_03_dot_16_bar__plus_02_dot_66_bar__plus_01_dot_02 loc_bar_2_bar__minus_3_bar_2_bar_15)
        (objectType SaltShaker_bar__minus_01_dot_77_bar__plus_01_dot_30_bar__minus_02_dot_77 SaltShakerType)
        (pickupable SaltShaker_bar__minus_01_dot_77_bar__plus_01_dot_30_bar__minus_02_dot_77)
        (inReceptacle SaltShaker_bar__minus_01_dot_77_bar__plus_01_dot_30_bar__minus_02_dot_77 CounterTop_bar__plus_02_dot_62_bar__plus_03_dot_27_bar__minus_00_dot_10)
        (objectAtLocation SaltShaker_bar__minus_01_dot_77_bar__plus_01_dot_30_bar__minus_02_dot_77 loc_bar__minus_7_bar__minus_1_bar_1_bar_15)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType MugType)
        (canContain CabinetType SaltShakerType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType SaltShakerType)
        (canContain FridgeType EggType)
        (canContain FridgeType MugType)
        (canContain MicrowaveType EggType)
        (canContain MicrowaveType MugType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType MugType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o MugType)
                            (receptacleType ?r FridgeType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
