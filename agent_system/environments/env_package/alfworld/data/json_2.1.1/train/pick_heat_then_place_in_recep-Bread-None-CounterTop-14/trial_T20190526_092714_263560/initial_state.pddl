(define (problem plan_trial_T20190526_092714_263560)
    (:domain alfred)
    (:objects
        agent1 - agent
        BreadType - otype
        ButterKnifeType - otype
        KnifeType - otype
        PepperShakerType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Bread_bar__plus_00_dot_15_bar__plus_00_dot_73_bar__plus_01_dot_96 - object
        PepperShaker_bar__plus_03_dot_19_bar__plus_00_dot_40_bar__minus_02_dot_77 - object
        Knife_bar__plus_03_dot_13_bar__plus_00_dot_85_bar__minus_01_dot_85 - object
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
        loc_bar_9_bar__minus_9_bar_0_bar_30 - location
        loc_bar__minus_3_bar_8_bar_3_bar_45 - location
        loc_bar__minus_5_bar__minus_1_bar_1_bar_0 - location
        loc_bar__minus_7_bar_4_bar_2_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar_9_bar__minus_9_bar_0_bar_30)
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
        (objectType Bread_bar__plus_00_dot_15_bar__plus_00_dot_73_bar__plus_01_dot_96 BreadType)
        (pickupable Bread_bar__plus_00_dot_15_bar__plus_00_dot_73_bar__plus_01_dot_96)
        (heatable Bread_bar__plus_00_dot_15_bar__plus_00_dot_73_bar__plus_01_dot_96)
        (coolable Bread_bar__plus_00_dot_15_bar__plus_00_dot_73_bar__plus_01_dot_96)
        (inReceptacle Bread_bar__plus_00_dot_15_bar__plus_00_dot_73_bar__plus_01_dot_96 Microwave_bar__plus_01_dot_51_bar__plus_00_dot_94_bar__minus_02_dot_75)
        (objectAtLocation Bread_bar__plus_00_dot_15_bar__plus_00_dot_73_bar__plus_01_dot_96 loc_bar_7_bar__minus_8_bar_1_bar_60)
        (objectType PepperShaker_bar__plus_03_dot_19_bar__plus_00_dot_40_bar__minus_02_dot_77 PepperShakerType)
        (pickupable PepperShaker_bar__plus_03_dot_19_bar__plus_00_dot_40_bar__minus_02_dot_77)
        (inReceptacle PepperShaker_bar__plus_03_dot_19_bar__plus_00_dot_40_bar__minus_02_dot_77 CounterTop_bar__minus_01_dot_18_bar__plus_01_dot_82_bar__plus_01_dot_38)
        (objectAtLocation PepperShaker_bar__plus_03_dot_19_bar__plus_00_dot_40_bar__minus_02_dot_77 loc_bar_3_bar__minus_2_bar_1_bar_0)
        (objectType Knife_bar__plus_03_dot_13_bar__plus_00_dot_85_bar__minus_01_dot_85 KnifeType)
        (pickupable Knife_bar__plus_03_dot_13_bar__plus_00_dot_85_bar__minus_01_dot_85)
        (cleanable Knife_bar__plus_03_dot_13_bar__plus_00_dot_85_bar__minus_01_dot_85)
        (inReceptacle Knife_bar__plus_03_dot_13_bar__plus_00_dot_85_bar__minus_01_dot_85 Sink_bar__minus_02_dot_91_bar__plus_01_dot_11_bar__plus_02_dot_88_bar_SinkBasin)
        (objectAtLocation Knife_bar__plus_03_dot_13_bar__plus_00_dot_85_bar__minus_01_dot_85 loc_bar__minus_3_bar_8_bar_3_bar_45)
        (canContain CabinetType PepperShakerType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType KnifeType)
        (canContain CounterTopType PepperShakerType)
        (canContain FridgeType BreadType)
        (canContain MicrowaveType BreadType)
        (canContain SinkBasinType KnifeType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o BreadType)
                            (receptacleType ?r CounterTopType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
