(define (problem plan_trial_T20190813_155622_329311)
    (:domain alfred)
    (:objects
        agent1 - agent
        AppleType - otype
        BreadType - otype
        ButterKnifeType - otype
        KnifeType - otype
        MugType - otype
        SaltShakerType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DiningTableType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Mug_bar__plus_02_dot_78_bar__plus_01_dot_02_bar__minus_02_dot_73 - object
        Mug_bar__minus_02_dot_86_bar__plus_02_dot_29_bar__plus_01_dot_56 - object
        Bread_bar__minus_02_dot_81_bar__plus_00_dot_87_bar__minus_01_dot_51 - object
        Apple_bar__plus_00_dot_69_bar__plus_03_dot_46_bar__plus_02_dot_02 - object
        SaltShaker_bar__minus_01_dot_92_bar__plus_01_dot_58_bar__plus_00_dot_13 - object
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
        loc_bar__minus_2_bar_1_bar_3_bar__minus_30 - location
        loc_bar__minus_2_bar_2_bar_2_bar_15 - location
        loc_bar__minus_8_bar_7_bar_0_bar_0 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_2_bar_1_bar_3_bar__minus_30)
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
        (objectType Mug_bar__plus_02_dot_78_bar__plus_01_dot_02_bar__minus_02_dot_73 MugType)
        (pickupable Mug_bar__plus_02_dot_78_bar__plus_01_dot_02_bar__minus_02_dot_73)
        (cleanable Mug_bar__plus_02_dot_78_bar__plus_01_dot_02_bar__minus_02_dot_73)
        (heatable Mug_bar__plus_02_dot_78_bar__plus_01_dot_02_bar__minus_02_dot_73)
        (coolable Mug_bar__plus_02_dot_78_bar__plus_01_dot_02_bar__minus_02_dot_73)
        (inReceptacle Mug_bar__plus_02_dot_78_bar__plus_01_dot_02_bar__minus_02_dot_73 Microwave_bar__plus_03_dot_40_bar__plus_03_dot_24_bar__minus_01_dot_33)
        (objectAtLocation Mug_bar__plus_02_dot_78_bar__plus_01_dot_02_bar__minus_02_dot_73 loc_bar__minus_1_bar_5_bar_1_bar_60)
        (objectType Mug_bar__minus_02_dot_86_bar__plus_02_dot_29_bar__plus_01_dot_56 MugType)
        (pickupable Mug_bar__minus_02_dot_86_bar__plus_02_dot_29_bar__plus_01_dot_56)
        (cleanable Mug_bar__minus_02_dot_86_bar__plus_02_dot_29_bar__plus_01_dot_56)
        (heatable Mug_bar__minus_02_dot_86_bar__plus_02_dot_29_bar__plus_01_dot_56)
        (coolable Mug_bar__minus_02_dot_86_bar__plus_02_dot_29_bar__plus_01_dot_56)
        (inReceptacle Mug_bar__minus_02_dot_86_bar__plus_02_dot_29_bar__plus_01_dot_56 Fridge_bar__plus_01_dot_83_bar__plus_01_dot_20_bar__plus_00_dot_82)
        (objectAtLocation Mug_bar__minus_02_dot_86_bar__plus_02_dot_29_bar__plus_01_dot_56 loc_bar_5_bar__minus_8_bar_1_bar_45)
        (objectType Bread_bar__minus_02_dot_81_bar__plus_00_dot_87_bar__minus_01_dot_51 BreadType)
        (pickupable Bread_bar__minus_02_dot_81_bar__plus_00_dot_87_bar__minus_01_dot_51)
        (heatable Bread_bar__minus_02_dot_81_bar__plus_00_dot_87_bar__minus_01_dot_51)
        (coolable Bread_bar__minus_02_dot_81_bar__plus_00_dot_87_bar__minus_01_dot_51)
        (inReceptacle Bread_bar__minus_02_dot_81_bar__plus_00_dot_87_bar__minus_01_dot_51 Fridge_bar__plus_01_dot_83_bar__plus_01_dot_20_bar__plus_00_dot_82)
        (objectAtLocation Bread_bar__minus_02_dot_81_bar__plus_00_dot_87_bar__minus_01_dot_51 loc_bar_5_bar__minus_8_bar_1_bar_45)
        (objectType Apple_bar__plus_00_dot_69_bar__plus_03_dot_46_bar__plus_02_dot_02 AppleType)
        (pickupable Apple_bar__plus_00_dot_69_bar__plus_03_dot_46_bar__plus_02_dot_02)
        (cleanable Apple_bar__plus_00_dot_69_bar__plus_03_dot_46_bar__plus_02_dot_02)
        (heatable Apple_bar__plus_00_dot_69_bar__plus_03_dot_46_bar__plus_02_dot_02)
        (coolable Apple_bar__plus_00_dot_69_bar__plus_03_dot_46_bar__plus_02_dot_02)
        (inReceptacle Apple_bar__plus_00_dot_69_bar__plus_03_dot_46_bar__plus_02_dot_02 Sink_bar__plus_02_dot_46_bar__plus_00_dot_72_bar__plus_01_dot_97_bar_SinkBasin)
        (objectAtLocation Apple_bar__plus_00_dot_69_bar__plus_03_dot_46_bar__plus_02_dot_02 loc_bar_3_bar__minus_9_bar_0_bar_60)
        (objectType SaltShaker_bar__minus_01_dot_92_bar__plus_01_dot_58_bar__plus_00_dot_13 SaltShakerType)
        (pickupable SaltShaker_bar__minus_01_dot_92_bar__plus_01_dot_58_bar__plus_00_dot_13)
        (inReceptacle SaltShaker_bar__minus_01_dot_92_bar__plus_01_dot_58_bar__plus_00_dot_13 CounterTop_bar__minus_01_dot_78_bar__plus_01_dot_43_bar__minus_02_dot_21)
        (objectAtLocation SaltShaker_bar__minus_01_dot_92_bar__plus_01_dot_58_bar__plus_00_dot_13 loc_bar__minus_2_bar_2_bar_2_bar_15)
        (canContain CabinetType MugType)
        (canContain CabinetType SaltShakerType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType SaltShakerType)
        (canContain DiningTableType AppleType)
        (canContain DiningTableType BreadType)
        (canContain DiningTableType MugType)
        (canContain DiningTableType SaltShakerType)
        (canContain FridgeType AppleType)
        (canContain FridgeType BreadType)
        (canContain FridgeType MugType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType BreadType)
        (canContain MicrowaveType MugType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType MugType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o MugType)
                            (receptacleType ?r CounterTopType)
                        )
                    )
                )
            )
        )
    )
