(define (problem plan_trial_T20190901_225154_330903)
    (:domain alfred)
    (:objects
        agent1 - agent
        BreadType - otype
        ButterKnifeType - otype
        KnifeType - otype
        LettuceType - otype
        MugType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Mug_bar__plus_02_dot_05_bar__plus_02_dot_69_bar__plus_01_dot_21 - object
        Mug_bar__plus_00_dot_52_bar__plus_02_dot_47_bar__plus_02_dot_56 - object
        Lettuce_bar__plus_03_dot_05_bar__plus_01_dot_13_bar__plus_00_dot_28 - object
        Bread_bar__plus_01_dot_25_bar__plus_02_dot_09_bar__plus_03_dot_05 - object
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
        loc_bar_9_bar__minus_2_bar_1_bar_15 - location
        loc_bar__minus_3_bar_8_bar_3_bar_45 - location
        loc_bar__minus_5_bar__minus_1_bar_1_bar_0 - location
        loc_bar__minus_7_bar_4_bar_2_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar_9_bar__minus_2_bar_1_bar_15)
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
        (objectType Mug_bar__plus_02_dot_05_bar__plus_02_dot_69_bar__plus_01_dot_21 MugType)
        (pickupable Mug_bar__plus_02_dot_05_bar__plus_02_dot_69_bar__plus_01_dot_21)
        (cleanable Mug_bar__plus_02_dot_05_bar__plus_02_dot_69_bar__plus_01_dot_21)
        (heatable Mug_bar__plus_02_dot_05_bar__plus_02_dot_69_bar__plus_01_dot_21)
        (coolable Mug_bar__plus_02_dot_05_bar__plus_02_dot_69_bar__plus_01_dot_21)
        (inReceptacle Mug_bar__plus_02_dot_05_bar__plus_02_dot_69_bar__plus_01_dot_21 CounterTop_bar__minus_01_dot_18_bar__plus_01_dot_82_bar__plus_01_dot_38)
        (objectAtLocation Mug_bar__plus_02_dot_05_bar__plus_02_dot_69_bar__plus_01_dot_21 loc_bar_3_bar__minus_2_bar_1_bar_0)
        (objectType Mug_bar__plus_00_dot_52_bar__plus_02_dot_47_bar__plus_02_dot_56 MugType)
        (pickupable Mug_bar__plus_00_dot_52_bar__plus_02_dot_47_bar__plus_02_dot_56)
        (cleanable Mug_bar__plus_00_dot_52_bar__plus_02_dot_47_bar__plus_02_dot_56)
        (heatable Mug_bar__plus_00_dot_52_bar__plus_02_dot_47_bar__plus_02_dot_56)
        (coolable Mug_bar__plus_00_dot_52_bar__plus_02_dot_47_bar__plus_02_dot_56)
        (inReceptacle Mug_bar__plus_00_dot_52_bar__plus_02_dot_47_bar__plus_02_dot_56 CounterTop_bar__minus_01_dot_18_bar__plus_01_dot_82_bar__plus_01_dot_38)
        (objectAtLocation Mug_bar__plus_00_dot_52_bar__plus_02_dot_47_bar__plus_02_dot_56 loc_bar_3_bar__minus_2_bar_1_bar_0)
        (objectType Lettuce_bar__plus_03_dot_05_bar__plus_01_dot_13_bar__plus_00_dot_28 LettuceType)
        (pickupable Lettuce_bar__plus_03_dot_05_bar__plus_01_dot_13_bar__plus_00_dot_28)
        (cleanable Lettuce_bar__plus_03_dot_05_bar__plus_01_dot_13_bar__plus_00_dot_28)
        (coolable Lettuce_bar__plus_03_dot_05_bar__plus_01_dot_13_bar__plus_00_dot_28)
        (inReceptacle Lettuce_bar__plus_03_dot_05_bar__plus_01_dot_13_bar__plus_00_dot_28 CounterTop_bar__minus_01_dot_18_bar__plus_01_dot_82_bar__plus_01_dot_38)
        (objectAtLocation Lettuce_bar__plus_03_dot_05_bar__plus_01_dot_13_bar__plus_00_dot_28 loc_bar_3_bar__minus_2_bar_1_bar_0)
        (objectType Bread_bar__plus_01_dot_25_bar__plus_02_dot_09_bar__plus_03_dot_05 BreadType)
        (pickupable Bread_bar__plus_01_dot_25_bar__plus_02_dot_09_bar__plus_03_dot_05)
        (heatable Bread_bar__plus_01_dot_25_bar__plus_02_dot_09_bar__plus_03_dot_05)
        (coolable Bread_bar__plus_01_dot_25_bar__plus_02_dot_09_bar__plus_03_dot_05)
        (inReceptacle Bread_bar__plus_01_dot_25_bar__plus_02_dot_09_bar__plus_03_dot_05 CounterTop_bar__minus_01_dot_18_bar__plus_01_dot_82_bar__plus_01_dot_38)
        (objectAtLocation Bread_bar__plus_01_dot_25_bar__plus_02_dot_09_bar__plus_03_dot_05 loc_bar_3_bar__minus_2_bar_1_bar_0)
        (canContain CabinetType MugType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType LettuceType)
        (canContain CounterTopType MugType)
        (canContain FridgeType BreadType)
        (canContain FridgeType LettuceType)
        (canContain FridgeType MugType)
        (canContain MicrowaveType BreadType)
        (canContain MicrowaveType MugType)
        (canContain SinkBasinType LettuceType)
        (canContain SinkBasinType MugType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o MugType)
                            (receptacleType ?r FridgeType)
                        )
                    )
                )
            )
        )
    )
