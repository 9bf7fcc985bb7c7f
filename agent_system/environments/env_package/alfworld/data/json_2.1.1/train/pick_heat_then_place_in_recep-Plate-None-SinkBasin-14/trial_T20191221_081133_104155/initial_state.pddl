(define (problem plan_trial_T20191221_081133_104155)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        KnifeType - otype
        LadleType - otype
        PlateType - otype
        SoapBottleType - otype
        WineBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Plate_bar__minus_01_dot_55_bar__plus_00_dot_15_bar__plus_00_dot_71 - object
        WineBottle_bar__minus_00_dot_68_bar__plus_01_dot_37_bar__plus_00_dot_51 - object
        ButterKnife_bar__plus_01_dot_88_bar__plus_01_dot_31_bar__plus_01_dot_57 - object
        SoapBottle_bar__minus_00_dot_29_bar__plus_03_dot_34_bar__minus_02_dot_65 - object
        Ladle_bar__plus_02_dot_07_bar__plus_02_dot_05_bar__plus_02_dot_19 - object
        Cabinet_bar__plus_02_dot_50_bar__plus_03_dot_02_bar__plus_01_dot_16 - receptacle
        CounterTop_bar__minus_01_dot_18_bar__plus_01_dot_82_bar__plus_01_dot_38 - receptacle
        Fridge_bar__minus_02_dot_25_bar__plus_02_dot_02_bar__plus_00_dot_65 - receptacle
        Microwave_bar__plus_01_dot_51_bar__plus_00_dot_94_bar__minus_02_dot_75 - receptacle
        Sink_bar__minus_02_dot_91_bar__plus_01_dot_11_bar__plus_02_dot_88_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_03_dot_20_bar__plus_00_dot_75_bar__plus_00_dot_93 - receptacle
        StoveBurner_bar__plus_01_dot_97_bar__plus_02_dot_03_bar__plus_00_dot_33 - receptacle
        loc_bar_1_bar__minus_9_bar_3_bar_0 - location
        loc_bar_3_bar__minus_2_bar_1_bar_0 - location
        loc_bar_4_bar__minus_4_bar_3_bar_45 - location
        loc_bar_6_bar_8_bar_3_bar_30 - location
        loc_bar_7_bar__minus_8_bar_1_bar_60 - location
        loc_bar__minus_3_bar_8_bar_3_bar_45 - location
        loc_bar__minus_5_bar__minus_1_bar_1_bar_0 - location
        loc_bar__minus_7_bar_4_bar_2_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar_1_bar__minus_9_bar_3_bar_0)
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
        (objectType Plate_bar__minus_01_dot_55_bar__plus_00_dot_15_bar__plus_00_dot_71 PlateType)
        (pickupable Plate_bar__minus_01_dot_55_bar__plus_00_dot_15_bar__plus_00_dot_71)
        (cleanable Plate_bar__minus_01_dot_55_bar__plus_00_dot_15_bar__plus_00_dot_71)
        (heatable Plate_bar__minus_01_dot_55_bar__plus_00_dot_15_bar__plus_00_dot_71)
        (coolable Plate_bar__minus_01_dot_55_bar__plus_00_dot_15_bar__plus_00_dot_71)
        (inReceptacle Plate_bar__minus_01_dot_55_bar__plus_00_dot_15_bar__plus_00_dot_71 CounterTop_bar__minus_01_dot_18_bar__plus_01_dot_82_bar__plus_01_dot_38)
        (objectAtLocation Plate_bar__minus_01_dot_55_bar__plus_00_dot_15_bar__plus_00_dot_71 loc_bar_3_bar__minus_2_bar_1_bar_0)
        (objectType WineBottle_bar__minus_00_dot_68_bar__plus_01_dot_37_bar__plus_00_dot_51 WineBottleType)
        (pickupable WineBottle_bar__minus_00_dot_68_bar__plus_01_dot_37_bar__plus_00_dot_51)
        (coolable WineBottle_bar__minus_00_dot_68_bar__plus_01_dot_37_bar__plus_00_dot_51)
        (inReceptacle WineBottle_bar__minus_00_dot_68_bar__plus_01_dot_37_bar__plus_00_dot_51 Fridge_bar__minus_02_dot_25_bar__plus_02_dot_02_bar__plus_00_dot_65)
        (objectAtLocation WineBottle_bar__minus_00_dot_68_bar__plus_01_dot_37_bar__plus_00_dot_51 loc_bar__minus_7_bar_4_bar_2_bar_15)
        (objectType ButterKnife_bar__plus_01_dot_88_bar__plus_01_dot_31_bar__plus_01_dot_57 ButterKnifeType)
        (pickupable ButterKnife_bar__plus_01_dot_88_bar__plus_01_dot_31_bar__plus_01_dot_57)
        (cleanable ButterKnife_bar__plus_01_dot_88_bar__plus_01_dot_31_bar__plus_01_dot_57)
        (inReceptacle ButterKnife_bar__plus_01_dot_88_bar__plus_01_dot_31_bar__plus_01_dot_57 Sink_bar__minus_02_dot_91_bar__plus_01_dot_11_bar__plus_02_dot_88_bar_SinkBasin)
        (objectAtLocation ButterKnife_bar__plus_01_dot_88_bar__plus_01_dot_31_bar__plus_01_dot_57 loc_bar__minus_3_bar_8_bar_3_bar_45)
        (objectType SoapBottle_bar__minus_00_dot_29_bar__plus_03_dot_34_bar__minus_02_dot_65 SoapBottleType)
        (pickupable SoapBottle_bar__minus_00_dot_29_bar__plus_03_dot_34_bar__minus_02_dot_65)
        (inReceptacle SoapBottle_bar__minus_00_dot_29_bar__plus_03_dot_34_bar__minus_02_dot_65 CounterTop_bar__minus_01_dot_18_bar__plus_01_dot_82_bar__plus_01_dot_38)
        (objectAtLocation SoapBottle_bar__minus_00_dot_29_bar__plus_03_dot_34_bar__minus_02_dot_65 loc_bar_3_bar__minus_2_bar_1_bar_0)
        (objectType Ladle_bar__plus_02_dot_07_bar__plus_02_dot_05_bar__plus_02_dot_19 LadleType)
        (pickupable Ladle_bar__plus_02_dot_07_bar__plus_02_dot_05_bar__plus_02_dot_19)
        (cleanable Ladle_bar__plus_02_dot_07_bar__plus_02_dot_05_bar__plus_02_dot_19)
        (inReceptacle Ladle_bar__plus_02_dot_07_bar__plus_02_dot_05_bar__plus_02_dot_19 CounterTop_bar__minus_01_dot_18_bar__plus_01_dot_82_bar__plus_01_dot_38)
        (objectAtLocation Ladle_bar__plus_02_dot_07_bar__plus_02_dot_05_bar__plus_02_dot_19 loc_bar_3_bar__minus_2_bar_1_bar_0)
        (canContain CabinetType LadleType)
        (canContain CabinetType PlateType)
        (canContain CabinetType SoapBottleType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType LadleType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType SoapBottleType)
        (canContain CounterTopType WineBottleType)
        (canContain FridgeType PlateType)
        (canContain FridgeType WineBottleType)
        (canContain MicrowaveType PlateType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType LadleType)
        (canContain SinkBasinType PlateType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o PlateType)
                            (receptacleType ?r SinkBasinType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
