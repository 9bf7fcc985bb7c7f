(define (problem plan_trial_T20191025_044538_063341)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        KettleType - otype
        KnifeType - otype
        MugType - otype
        SoapBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Mug_bar__minus_01_dot_83_bar__plus_00_dot_15_bar__minus_02_dot_99 - object
        Mug_bar__plus_02_dot_74_bar__plus_02_dot_47_bar__minus_02_dot_96 - object
        SoapBottle_bar__minus_03_dot_45_bar__plus_02_dot_80_bar__minus_03_dot_19 - object
        ButterKnife_bar__minus_01_dot_79_bar__plus_00_dot_91_bar__minus_02_dot_02 - object
        Kettle_bar__plus_03_dot_35_bar__plus_00_dot_37_bar__plus_02_dot_70 - object
        Cabinet_bar__minus_00_dot_06_bar__plus_02_dot_97_bar__plus_03_dot_05 - receptacle
        Cabinet_bar__plus_01_dot_90_bar__plus_00_dot_56_bar__plus_00_dot_02 - receptacle
        Cabinet_bar__minus_00_dot_77_bar__plus_03_dot_30_bar__minus_01_dot_50 - receptacle
        CounterTop_bar__plus_01_dot_81_bar__plus_03_dot_37_bar__plus_00_dot_79 - receptacle
        Fridge_bar__plus_03_dot_23_bar__plus_02_dot_45_bar__plus_00_dot_69 - receptacle
        Microwave_bar__minus_03_dot_19_bar__plus_02_dot_81_bar__plus_03_dot_24 - receptacle
        Sink_bar__plus_01_dot_59_bar__plus_02_dot_44_bar__minus_00_dot_77_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_00_dot_58_bar__plus_01_dot_14_bar__minus_02_dot_35 - receptacle
        loc_bar_0_bar_4_bar_3_bar_45 - location
        loc_bar_5_bar_3_bar_3_bar_45 - location
        loc_bar_6_bar__minus_5_bar_0_bar__minus_30 - location
        loc_bar_9_bar_7_bar_3_bar_30 - location
        loc_bar_9_bar__minus_2_bar_2_bar_15 - location
        loc_bar__minus_1_bar_9_bar_3_bar_60 - location
        loc_bar__minus_4_bar_5_bar_2_bar_60 - location
        loc_bar__minus_8_bar_3_bar_0_bar_15 - location
        loc_bar__minus_8_bar__minus_3_bar_2_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_8_bar__minus_3_bar_2_bar__minus_30)
        (receptacleType Cabinet_bar__minus_00_dot_06_bar__plus_02_dot_97_bar__plus_03_dot_05 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_06_bar__plus_02_dot_97_bar__plus_03_dot_05 loc_bar__minus_4_bar_5_bar_2_bar_60)
        (openable Cabinet_bar__minus_00_dot_06_bar__plus_02_dot_97_bar__plus_03_dot_05)
        (receptacleType Cabinet_bar__plus_01_dot_90_bar__plus_00_dot_56_bar__plus_00_dot_02 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_90_bar__plus_00_dot_56_bar__plus_00_dot_02 loc_bar__minus_8_bar_3_bar_0_bar_15)
        (openable Cabinet_bar__plus_01_dot_90_bar__plus_00_dot_56_bar__plus_00_dot_02)
        (receptacleType Cabinet_bar__minus_00_dot_77_bar__plus_03_dot_30_bar__minus_01_dot_50 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_77_bar__plus_03_dot_30_bar__minus_01_dot_50 loc_bar_0_bar_4_bar_3_bar_45)
        (openable Cabinet_bar__minus_00_dot_77_bar__plus_03_dot_30_bar__minus_01_dot_50)
        (receptacleType CounterTop_bar__plus_01_dot_81_bar__plus_03_dot_37_bar__plus_00_dot_79 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_81_bar__plus_03_dot_37_bar__plus_00_dot_79 loc_bar_9_bar__minus_2_bar_2_bar_15)
        (receptacleType Fridge_bar__plus_03_dot_23_bar__plus_02_dot_45_bar__plus_00_dot_69 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_03_dot_23_bar__plus_02_dot_45_bar__plus_00_dot_69 loc_bar_5_bar_3_bar_3_bar_45)
        (openable Fridge_bar__plus_03_dot_23_bar__plus_02_dot_45_bar__plus_00_dot_69)
        (receptacleType Microwave_bar__minus_03_dot_19_bar__plus_02_dot_81_bar__plus_03_dot_24 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_03_dot_19_bar__plus_02_dot_81_bar__plus_03_dot_24 loc_bar_9_bar_7_bar_3_bar_30)
        (openable Microwave_bar__minus_03_dot_19_bar__plus_02_dot_81_bar__plus_03_dot_24)
        (receptacleType Sink_bar__plus_01_dot_59_bar__plus_02_dot_44_bar__minus_00_dot_77_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_01_dot_59_bar__plus_02_dot_44_bar__minus_00_dot_77_bar_SinkBasin loc_bar_6_bar__minus_5_bar_0_bar__minus_30)
        (receptacleType StoveBurner_bar__minus_00_dot_58_bar__plus_01_dot_14_bar__minus_02_dot_35 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_58_bar__plus_01_dot_14_bar__minus_02_dot_35 loc_bar__minus_1_bar_9_bar_3_bar_60)
        (objectType Mug_bar__minus_01_dot_83_bar__plus_00_dot_15_bar__minus_02_dot_99 MugType)
        (pickupable Mug_bar__minus_01_dot_83_bar__plus_00_dot_15_bar__minus_02_dot_99)
        (cleanable Mug_bar__minus_01_dot_83_bar__plus_00_dot_15_bar__minus_02_dot_99)
        (heatable Mug_bar__minus_01_dot_83_bar__plus_00_dot_15_bar__minus_02_dot_99)
        (coolable Mug_bar__minus_01_dot_83_bar__plus_00_dot_15_bar__minus_02_dot_99)
        (inReceptacle Mug_bar__minus_01_dot_83_bar__plus_00_dot_15_bar__minus_02_dot_99 Cabinet_bar__minus_00_dot_06_bar__plus_02_dot_97_bar__plus_03_dot_05)
        (objectAtLocation Mug_bar__minus_01_dot_83_bar__plus_00_dot_15_bar__minus_02_dot_99 loc_bar__minus_4_bar_5_bar_2_bar_60)
        (objectType Mug_bar__plus_02_dot_74_bar__plus_02_dot_47_bar__minus_02_dot_96 MugType)
        (pickupable Mug_bar__plus_02_dot_74_bar__plus_02_dot_47_bar__minus_02_dot_96)
        (cleanable Mug_bar__plus_02_dot_74_bar__plus_02_dot_47_bar__minus_02_dot_96)
        (heatable Mug_bar__plus_02_dot_74_bar__plus_02_dot_47_bar__minus_02_dot_96)
        (coolable Mug_bar__plus_02_dot_74_bar__plus_02_dot_47_bar__minus_02_dot_96)
        (inReceptacle Mug_bar__plus_02_dot_74_bar__plus_02_dot_47_bar__minus_02_dot_96 Cabinet_bar__minus_00_dot_06_bar__plus_02_dot_97_bar__plus_03_dot_05)
        (objectAtLocation Mug_bar__plus_02_dot_74_bar__plus_02_dot_47_bar__minus_02_dot_96 loc_bar__minus_4_bar_5_bar_2_bar_60)
        (objectType SoapBottle_bar__minus_03_dot_45_bar__plus_02_dot_80_bar__minus_03_dot_19 SoapBottleType)
        (pickupable SoapBottle_bar__minus_03_dot_45_bar__plus_02_dot_80_bar__minus_03_dot_19)
        (inReceptacle SoapBottle_bar__minus_03_dot_45_bar__plus_02_dot_80_bar__minus_03_dot_19 Cabinet_bar__plus_01_dot_90_bar__plus_00_dot_56_bar__plus_00_dot_02)
        (objectAtLocation SoapBottle_bar__minus_03_dot_45_bar__plus_02_dot_80_bar__minus_03_dot_19 loc_bar__minus_8_bar_3_bar_0_bar_15)
        (objectType ButterKnife_bar__minus_01_dot_79_bar__plus_00_dot_91_bar__minus_02_dot_02 ButterKnifeType)
        (pickupable ButterKnife_bar__minus_01_dot_79_bar__plus_00_dot_91_bar__minus_02_dot_02)
        (cleanable ButterKnife_bar__minus_01_dot_79_bar__plus_00_dot_91_bar__minus_02_dot_02)
        (inReceptacle ButterKnife_bar__minus_01_dot_79_bar__plus_00_dot_91_bar__minus_02_dot_02 CounterTop_bar__plus_01_dot_81_bar__plus_03_dot_37_bar__plus_00_dot_79)
        (objectAtLocation ButterKnife_bar__minus_01_dot_79_bar__plus_00_dot_91_bar__minus_02_dot_02 loc_bar_9_bar__minus_2_bar_2_bar_15)
        (objectType Kettle_bar__plus_03_dot_35_bar__plus_00_dot_37_bar__plus_02_dot_70 KettleType)
        (pickupable Kettle_bar__plus_03_dot_35_bar__plus_00_dot_37_bar__plus_02_dot_70)
        (cleanable Kettle_bar__plus_03_dot_35_bar__plus_00_dot_37_bar__plus_02_dot_70)
        (inReceptacle Kettle_bar__plus_03_dot_35_bar__plus_00_dot_37_bar__plus_02_dot_70 CounterTop_bar__plus_01_dot_81_bar__plus_03_dot_37_bar__plus_00_dot_79)
        (objectAtLocation Kettle_bar__plus_03_dot_35_bar__plus_00_dot_37_bar__plus_02_dot_70 loc_bar_9_bar__minus_2_bar_2_bar_15)
        (canContain CabinetType KettleType)
        (canContain CabinetType MugType)
        (canContain CabinetType SoapBottleType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType SoapBottleType)
        (canContain FridgeType MugType)
        (canContain MicrowaveType MugType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType MugType)
        (canContain StoveBurnerType KettleType)
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
