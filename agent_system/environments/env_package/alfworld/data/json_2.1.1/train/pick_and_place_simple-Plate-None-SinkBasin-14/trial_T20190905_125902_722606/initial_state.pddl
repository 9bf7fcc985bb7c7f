(define (problem plan_trial_T20190905_125902_722606)
    (:domain alfred)
    (:objects
        agent1 - agent
        AppleType - otype
        ButterKnifeType - otype
        KnifeType - otype
        PepperShakerType - otype
        PlateType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Plate_bar__plus_00_dot_79_bar__plus_00_dot_90_bar__minus_00_dot_36 - object
        Apple_bar__plus_00_dot_13_bar__plus_00_dot_86_bar__plus_00_dot_56 - object
        PepperShaker_bar__minus_01_dot_00_bar__plus_02_dot_42_bar__plus_02_dot_33 - object
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
        loc_bar_8_bar_4_bar_0_bar_60 - location
        loc_bar__minus_3_bar_8_bar_3_bar_45 - location
        loc_bar__minus_5_bar__minus_1_bar_1_bar_0 - location
        loc_bar__minus_7_bar_4_bar_2_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar_8_bar_4_bar_0_bar_60)
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
        (objectType Plate_bar__plus_00_dot_79_bar__plus_00_dot_90_bar__minus_00_dot_36 PlateType)
        (pickupable Plate_bar__plus_00_dot_79_bar__plus_00_dot_90_bar__minus_00_dot_36)
        (cleanable Plate_bar__plus_00_dot_79_bar__plus_00_dot_90_bar__minus_00_dot_36)
        (heatable Plate_bar__plus_00_dot_79_bar__plus_00_dot_90_bar__minus_00_dot_36)
        (coolable Plate_bar__plus_00_dot_79_bar__plus_00_dot_90_bar__minus_00_dot_36)
        (inReceptacle Plate_bar__plus_00_dot_79_bar__plus_00_dot_90_bar__minus_00_dot_36 Cabinet_bar__plus_02_dot_50_bar__plus_03_dot_02_bar__plus_01_dot_16)
        (objectAtLocation Plate_bar__plus_00_dot_79_bar__plus_00_dot_90_bar__minus_00_dot_36 loc_bar_6_bar_8_bar_3_bar_30)
        (objectType Apple_bar__plus_00_dot_13_bar__plus_00_dot_86_bar__plus_00_dot_56 AppleType)
        (pickupable Apple_bar__plus_00_dot_13_bar__plus_00_dot_86_bar__plus_00_dot_56)
        (cleanable Apple_bar__plus_00_dot_13_bar__plus_00_dot_86_bar__plus_00_dot_56)
        (heatable Apple_bar__plus_00_dot_13_bar__plus_00_dot_86_bar__plus_00_dot_56)
        (coolable Apple_bar__plus_00_dot_13_bar__plus_00_dot_86_bar__plus_00_dot_56)
        (inReceptacle Apple_bar__plus_00_dot_13_bar__plus_00_dot_86_bar__plus_00_dot_56 Fridge_bar__minus_02_dot_25_bar__plus_02_dot_02_bar__plus_00_dot_65)
        (objectAtLocation Apple_bar__plus_00_dot_13_bar__plus_00_dot_86_bar__plus_00_dot_56 loc_bar__minus_7_bar_4_bar_2_bar_15)
        (objectType PepperShaker_bar__minus_01_dot_00_bar__plus_02_dot_42_bar__plus_02_dot_33 PepperShakerType)
        (pickupable PepperShaker_bar__minus_01_dot_00_bar__plus_02_dot_42_bar__plus_02_dot_33)
        (inReceptacle PepperShaker_bar__minus_01_dot_00_bar__plus_02_dot_42_bar__plus_02_dot_33 Cabinet_bar__plus_02_dot_50_bar__plus_03_dot_02_bar__plus_01_dot_16)
        (objectAtLocation PepperShaker_bar__minus_01_dot_00_bar__plus_02_dot_42_bar__plus_02_dot_33 loc_bar_6_bar_8_bar_3_bar_30)
        (canContain CabinetType PepperShakerType)
        (canContain CabinetType PlateType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType PlateType)
        (canContain FridgeType AppleType)
        (canContain FridgeType PlateType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType PlateType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType PlateType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o PlateType)
                            (receptacleType ?r SinkBasinType)
                        )
                    )
                )
            )
        )
    )
