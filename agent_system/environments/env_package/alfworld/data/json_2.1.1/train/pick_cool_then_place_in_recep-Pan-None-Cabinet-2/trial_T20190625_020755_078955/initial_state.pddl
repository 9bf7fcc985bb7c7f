(define (problem plan_trial_T20190625_020755_078955)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        KnifeType - otype
        PanType - otype
        PepperShakerType - otype
        SpoonType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        Pan_bar__plus_00_dot_47_bar__plus_01_dot_64_bar__plus_01_dot_76 - object
        Pan_bar__plus_02_dot_09_bar__plus_03_dot_04_bar__minus_00_dot_98 - object
        Spoon_bar__plus_01_dot_33_bar__plus_01_dot_55_bar__plus_02_dot_74 - object
        PepperShaker_bar__plus_03_dot_32_bar__plus_01_dot_48_bar__minus_00_dot_83 - object
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
        loc_bar__minus_6_bar_1_bar_0_bar_15 - location
        loc_bar__minus_6_bar_5_bar_2_bar_15 - location
        loc_bar__minus_6_bar_6_bar_1_bar_60 - location
        loc_bar__minus_6_bar_7_bar_0_bar_60 - location
        loc_bar__minus_6_bar_9_bar_0_bar_15 - location
        loc_bar__minus_7_bar__minus_1_bar_1_bar_15 - location
        loc_bar__minus_9_bar_1_bar_0_bar_0 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_6_bar_1_bar_0_bar_15)
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
        (objectType Pan_bar__plus_00_dot_47_bar__plus_01_dot_64_bar__plus_01_dot_76 PanType)
        (pickupable Pan_bar__plus_00_dot_47_bar__plus_01_dot_64_bar__plus_01_dot_76)
        (cleanable Pan_bar__plus_00_dot_47_bar__plus_01_dot_64_bar__plus_01_dot_76)
        (coolable Pan_bar__plus_00_dot_47_bar__plus_01_dot_64_bar__plus_01_dot_76)
        (inReceptacle Pan_bar__plus_00_dot_47_bar__plus_01_dot_64_bar__plus_01_dot_76 Sink_bar__minus_03_dot_24_bar__plus_01_dot_21_bar__plus_01_dot_96_bar_SinkBasin)
        (objectAtLocation Pan_bar__plus_00_dot_47_bar__plus_01_dot_64_bar__plus_01_dot_76 loc_bar__minus_6_bar_9_bar_0_bar_15)
        (objectType Pan_bar__plus_02_dot_09_bar__plus_03_dot_04_bar__minus_00_dot_98 PanType)
        (pickupable Pan_bar__plus_02_dot_09_bar__plus_03_dot_04_bar__minus_00_dot_98)
        (cleanable Pan_bar__plus_02_dot_09_bar__plus_03_dot_04_bar__minus_00_dot_98)
        (coolable Pan_bar__plus_02_dot_09_bar__plus_03_dot_04_bar__minus_00_dot_98)
        (inReceptacle Pan_bar__plus_02_dot_09_bar__plus_03_dot_04_bar__minus_00_dot_98 CounterTop_bar__plus_01_dot_34_bar__plus_00_dot_97_bar__plus_01_dot_28)
        (objectAtLocation Pan_bar__plus_02_dot_09_bar__plus_03_dot_04_bar__minus_00_dot_98 loc_bar__minus_6_bar_7_bar_0_bar_60)
        (objectType Spoon_bar__plus_01_dot_33_bar__plus_01_dot_55_bar__plus_02_dot_74 SpoonType)
        (pickupable Spoon_bar__plus_01_dot_33_bar__plus_01_dot_55_bar__plus_02_dot_74)
        (cleanable Spoon_bar__plus_01_dot_33_bar__plus_01_dot_55_bar__plus_02_dot_74)
        (inReceptacle Spoon_bar__plus_01_dot_33_bar__plus_01_dot_55_bar__plus_02_dot_74 CounterTop_bar__plus_02_dot_62_bar__plus_03_dot_27_bar__minus_00_dot_10)
        (objectAtLocation Spoon_bar__plus_01_dot_33_bar__plus_01_dot_55_bar__plus_02_dot_74 loc_bar__minus_7_bar__minus_1_bar_1_bar_15)
        (objectType PepperShaker_bar__plus_03_dot_32_bar__plus_01_dot_48_bar__minus_00_dot_83 PepperShakerType)
        (pickupable PepperShaker_bar__plus_03_dot_32_bar__plus_01_dot_48_bar__minus_00_dot_83)
        (inReceptacle PepperShaker_bar__plus_03_dot_32_bar__plus_01_dot_48_bar__minus_00_dot_83 Cabinet_bar__minus_02_dot_97_bar__plus_03_dot_03_bar__plus_01_dot_22)
        (objectAtLocation PepperShaker_bar__plus_03_dot_32_bar__plus_01_dot_48_bar__minus_00_dot_83 loc_bar__minus_6_bar_6_bar_1_bar_60)
        (canContain CabinetType PanType)
        (canContain CabinetType PepperShakerType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType SpoonType)
        (canContain FridgeType PanType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType SpoonType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o PanType)
                            (receptacleType ?r CabinetType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
