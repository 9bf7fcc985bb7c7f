(define (problem plan_trial_T20190201_145804_912669)
    (:domain alfred)
    (:objects
        agent1 - agent
        AppleType - otype
        ButterKnifeType - otype
        ForkType - otype
        KnifeType - otype
        MugType - otype
        PepperShakerType - otype
        SoapBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DiningTableType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Mug_bar__minus_00_dot_39_bar__plus_00_dot_95_bar__plus_00_dot_19 - object
        Apple_bar__minus_02_dot_84_bar__plus_00_dot_65_bar__minus_00_dot_06 - object
        Fork_bar__minus_03_dot_40_bar__plus_02_dot_05_bar__minus_01_dot_29 - object
        SoapBottle_bar__plus_01_dot_18_bar__plus_02_dot_38_bar__minus_00_dot_21 - object
        PepperShaker_bar__minus_03_dot_33_bar__plus_03_dot_48_bar__plus_02_dot_49 - object
        Cabinet_bar__minus_03_dot_18_bar__plus_02_dot_94_bar__minus_01_dot_12 - receptacle
        Cabinet_bar__minus_02_dot_41_bar__plus_03_dot_13_bar__plus_01_dot_35 - receptacle
        CounterTop_bar__minus_01_dot_78_bar__plus_01_dot_43_bar__minus_02_dot_21 - receptacle
        DiningTable_bar__plus_02_dot_96_bar__plus_01_dot_64_bar__plus_02_dot_88 - receptacle
        Fridge_bar__plus_01_dot_83_bar__plus_01_dot_20_bar__plus_00_dot_82 - receptacle
        Microwave_bar__plus_03_dot_40_bar__plus_03_dot_24_bar__minus_01_dot_33 - receptacle
        Sink_bar__plus_02_dot_46_bar__plus_00_dot_72_bar__plus_01_dot_97_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_00_dot_32_bar__plus_03_dot_02_bar__plus_01_dot_49 - receptacle
        loc_bar_0_bar__minus_4_bar_3_bar_45 - location
        loc_bar_1_bar_7_bar_1_bar_45 - location
        loc_bar_3_bar__minus_9_bar_0_bar_60 - location
        loc_bar_5_bar__minus_8_bar_1_bar_45 - location
        loc_bar_6_bar__minus_3_bar_2_bar_60 - location
        loc_bar__minus_1_bar_5_bar_1_bar_60 - location
        loc_bar__minus_2_bar_2_bar_2_bar_15 - location
        loc_bar__minus_7_bar_5_bar_3_bar_60 - location
        loc_bar__minus_8_bar_7_bar_0_bar_0 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_7_bar_5_bar_3_bar_60)
        (receptacleType Cabinet_bar__minus_03_dot_18_bar__plus_02_dot_94_bar__minus_01_dot_12 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_03_dot_18_bar__plus_02_dot_94_bar__minus_01_dot_12 loc_bar__minus_8_bar_7_bar_0_bar_0)
        (openable Cabinet_bar__minus_03_dot_18_bar__plus_02_dot_94_bar__minus_01_dot_12)
        (receptacleType Cabinet_bar__minus_02_dot_41_bar__plus_03_dot_13_bar__plus_01_dot_35 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_41_bar__plus_03_dot_13_bar__plus_01_dot_35 loc_bar_6_bar__minus_3_bar_2_bar_60)
        (openable Cabinet_bar__minus_02_dot_41_bar__plus_03_dot_13_bar__plus_01_dot_35)
        (receptacleType CounterTop_bar__minus_01_dot_78_bar__plus_01_dot_43_bar__minus_02_dot_21 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_78_bar__plus_01_dot_43_bar__minus_02_dot_21 loc_bar__minus_2_bar_2_bar_2_bar_15)
        (receptacleType DiningTable_bar__plus_02_dot_96_bar__plus_01_dot_64_bar__plus_02_dot_88 DiningTableType)
        (receptacleAtLocation DiningTable_bar__plus_02_dot_96_bar__plus_01_dot_64_bar__plus_02_dot_88 loc_bar_0_bar__minus_4_bar_3_bar_45)
        (receptacleType Fridge_bar__plus_01_dot_83_bar__plus_01_dot_20_bar__plus_00_dot_82 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_01_dot_83_bar__plus_01_dot_20_bar__plus_00_dot_82 loc_bar_5_bar__minus_8_bar_1_bar_45)
        (openable Fridge_bar__plus_01_dot_83_bar__plus_01_dot_20_bar__plus_00_dot_82)
        (receptacleType Microwave_bar__plus_03_dot_40_bar__plus_03_dot_24_bar__minus_01_dot_33 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_03_dot_40_bar__plus_03_dot_24_bar__minus_01_dot_33 loc_bar__minus_1_bar_5_bar_1_bar_60)
        (openable Microwave_bar__plus_03_dot_40_bar__plus_03_dot_24_bar__minus_01_dot_33)
        (receptacleType Sink_bar__plus_02_dot_46_bar__plus_00_dot_72_bar__plus_01_dot_97_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_02_dot_46_bar__plus_00_dot_72_bar__plus_01_dot_97_bar_SinkBasin loc_bar_3_bar__minus_9_bar_0_bar_60)
        (receptacleType StoveBurner_bar__minus_00_dot_32_bar__plus_03_dot_02_bar__plus_01_dot_49 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_32_bar__plus_03_dot_02_bar__plus_01_dot_49 loc_bar_1_bar_7_bar_1_bar_45)
        (objectType Mug_bar__minus_00_dot_39_bar__plus_00_dot_95_bar__plus_00_dot_19 MugType)
        (pickupable Mug_bar__minus_00_dot_39_bar__plus_00_dot_95_bar__plus_00_dot_19)
        (cleanable Mug_bar__minus_00_dot_39_bar__plus_00_dot_95_bar__plus_00_dot_19)
        (heatable Mug_bar__minus_00_dot_39_bar__plus_00_dot_95_bar__plus_00_dot_19)
        (coolable Mug_bar__minus_00_dot_39_bar__plus_00_dot_95_bar__plus_00_dot_19)
        (inReceptacle Mug_bar__minus_00_dot_39_bar__plus_00_dot_95_bar__plus_00_dot_19 Microwave_bar__plus_03_dot_40_bar__plus_03_dot_24_bar__minus_01_dot_33)
        (objectAtLocation Mug_bar__minus_00_dot_39_bar__plus_00_dot_95_bar__plus_00_dot_19 loc_bar__minus_1_bar_5_bar_1_bar_60)
        (objectType Apple_bar__minus_02_dot_84_bar__plus_00_dot_65_bar__minus_00_dot_06 AppleType)
        (pickupable Apple_bar__minus_02_dot_84_bar__plus_00_dot_65_bar__minus_00_dot_06)
        (cleanable Apple_bar__minus_02_dot_84_bar__plus_00_dot_65_bar__minus_00_dot_06)
        (heatable Apple_bar__minus_02_dot_84_bar__plus_00_dot_65_bar__minus_00_dot_06)
        (coolable Apple_bar__minus_02_dot_84_bar__plus_00_dot_65_bar__minus_00_dot_06)
        (inReceptacle Apple_bar__minus_02_dot_84_bar__plus_00_dot_65_bar__minus_00_dot_06 Sink_bar__plus_02_dot_46_bar__plus_00_dot_72_bar__plus_01_dot_97_bar_SinkBasin)
        (objectAtLocation Apple_bar__minus_02_dot_84_bar__plus_00_dot_65_bar__minus_00_dot_06 loc_bar_3_bar__minus_9_bar_0_bar_60)
        (objectType Fork_bar__minus_03_dot_40_bar__plus_02_dot_05_bar__minus_01_dot_29 ForkType)
        (pickupable Fork_bar__minus_03_dot_40_bar__plus_02_dot_05_bar__minus_01_dot_29)
        (cleanable Fork_bar__minus_03_dot_40_bar__plus_02_dot_05_bar__minus_01_dot_29)
        (inReceptacle Fork_bar__minus_03_dot_40_bar__plus_02_dot_05_bar__minus_01_dot_29 CounterTop_bar__minus_01_dot_78_bar__plus_01_dot_43_bar__minus_02_dot_21)
        (objectAtLocation Fork_bar__minus_03_dot_40_bar__plus_02_dot_05_bar__minus_01_dot_29 loc_bar__minus_2_bar_2_bar_2_bar_15)
        (objectType SoapBottle_bar__plus_01_dot_18_bar__plus_02_dot_38_bar__minus_00_dot_21 SoapBottleType)
        (pickupable SoapBottle_bar__plus_01_dot_18_bar__plus_02_dot_38_bar__minus_00_dot_21)
        (inReceptacle SoapBottle_bar__plus_01_dot_18_bar__plus_02_dot_38_bar__minus_00_dot_21 Cabinet_bar__minus_02_dot_41_bar__plus_03_dot_13_bar__plus_01_dot_35)
        (objectAtLocation SoapBottle_bar__plus_01_dot_18_bar__plus_02_dot_38_bar__minus_00_dot_21 loc_bar_6_bar__minus_3_bar_2_bar_60)
        (objectType PepperShaker_bar__minus_03_dot_33_bar__plus_03_dot_48_bar__plus_02_dot_49 PepperShakerType)
        (pickupable PepperShaker_bar__minus_03_dot_33_bar__plus_03_dot_48_bar__plus_02_dot_49)
        (inReceptacle PepperShaker_bar__minus_03_dot_33_bar__plus_03_dot_48_bar__plus_02_dot_49 Cabinet_bar__minus_02_dot_41_bar__plus_03_dot_13_bar__plus_01_dot_35)
        (objectAtLocation PepperShaker_bar__minus_03_dot_33_bar__plus_03_dot_48_bar__plus_02_dot_49 loc_bar_6_bar__minus_3_bar_2_bar_60)
        (canContain CabinetType MugType)
        (canContain CabinetType PepperShakerType)
        (canContain CabinetType SoapBottleType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType ForkType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType SoapBottleType)
        (canContain DiningTableType AppleType)
        (canContain DiningTableType ForkType)
        (canContain DiningTableType MugType)
        (canContain DiningTableType PepperShakerType)
        (canContain DiningTableType SoapBottleType)
        (canContain FridgeType AppleType)
        (canContain FridgeType MugType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType MugType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType ForkType)
        (canContain SinkBasinType MugType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o MugType)
                            (receptacleType ?r CounterTopType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
