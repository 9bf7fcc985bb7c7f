(define (problem plan_trial_T20190624_090430_168301)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        KnifeType - otype
        LadleType - otype
        LettuceType - otype
        MugType - otype
        PotType - otype
        SoapBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        Lettuce_bar__minus_00_dot_08_bar__plus_02_dot_60_bar__plus_00_dot_12 - object
        Lettuce_bar__minus_02_dot_54_bar__plus_01_dot_81_bar__plus_02_dot_04 - object
        Mug_bar__minus_01_dot_54_bar__plus_03_dot_47_bar__minus_02_dot_05 - object
        Pot_bar__minus_02_dot_30_bar__plus_00_dot_09_bar__minus_01_dot_25 - object
        Ladle_bar__plus_01_dot_95_bar__plus_00_dot_69_bar__plus_00_dot_27 - object
        SoapBottle_bar__plus_00_dot_96_bar__plus_01_dot_05_bar__minus_00_dot_18 - object
        Cabinet_bar__minus_02_dot_51_bar__plus_00_dot_01_bar__plus_01_dot_85 - receptacle
        Cabinet_bar__plus_00_dot_31_bar__plus_01_dot_28_bar__plus_00_dot_50 - receptacle
        CounterTop_bar__minus_00_dot_45_bar__plus_03_dot_34_bar__plus_02_dot_79 - receptacle
        Fridge_bar__plus_01_dot_86_bar__plus_01_dot_01_bar__minus_00_dot_40 - receptacle
        GarbageCan_bar__minus_02_dot_94_bar__plus_02_dot_38_bar__minus_00_dot_87 - receptacle
        Microwave_bar__plus_00_dot_22_bar__plus_01_dot_60_bar__minus_02_dot_74 - receptacle
        Sink_bar__minus_03_dot_04_bar__plus_00_dot_24_bar__plus_00_dot_10_bar_SinkBasin - receptacle
        loc_bar_5_bar__minus_4_bar_3_bar__minus_30 - location
        loc_bar__minus_1_bar__minus_5_bar_2_bar_0 - location
        loc_bar__minus_3_bar_6_bar_3_bar_15 - location
        loc_bar__minus_6_bar__minus_3_bar_3_bar__minus_30 - location
        loc_bar__minus_6_bar__minus_8_bar_2_bar_15 - location
        loc_bar__minus_7_bar_8_bar_1_bar_45 - location
        loc_bar__minus_8_bar_3_bar_1_bar__minus_30 - location
        loc_bar__minus_9_bar_8_bar_1_bar_45 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_3_bar_6_bar_3_bar_15)
        (receptacleType Cabinet_bar__minus_02_dot_51_bar__plus_00_dot_01_bar__plus_01_dot_85 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_51_bar__plus_00_dot_01_bar__plus_01_dot_85 loc_bar_5_bar__minus_4_bar_3_bar__minus_30)
        (openable Cabinet_bar__minus_02_dot_51_bar__plus_00_dot_01_bar__plus_01_dot_85)
        (receptacleType Cabinet_bar__plus_00_dot_31_bar__plus_01_dot_28_bar__plus_00_dot_50 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_31_bar__plus_01_dot_28_bar__plus_00_dot_50 loc_bar__minus_6_bar__minus_8_bar_2_bar_15)
        (openable Cabinet_bar__plus_00_dot_31_bar__plus_01_dot_28_bar__plus_00_dot_50)
        (receptacleType CounterTop_bar__minus_00_dot_45_bar__plus_03_dot_34_bar__plus_02_dot_79 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_00_dot_45_bar__plus_03_dot_34_bar__plus_02_dot_79 loc_bar__minus_8_bar_3_bar_1_bar__minus_30)
        (receptacleType Fridge_bar__plus_01_dot_86_bar__plus_01_dot_01_bar__minus_00_dot_40 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_01_dot_86_bar__plus_01_dot_01_bar__minus_00_dot_40 loc_bar__minus_7_bar_8_bar_1_bar_45)
        (openable Fridge_bar__plus_01_dot_86_bar__plus_01_dot_01_bar__minus_00_dot_40)
        (receptacleType GarbageCan_bar__minus_02_dot_94_bar__plus_02_dot_38_bar__minus_00_dot_87 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_02_dot_94_bar__plus_02_dot_38_bar__minus_00_dot_87 loc_bar__minus_1_bar__minus_5_bar_2_bar_0)
        (receptacleType Microwave_bar__plus_00_dot_22_bar__plus_01_dot_60_bar__minus_02_dot_74 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_00_dot_22_bar__plus_01_dot_60_bar__minus_02_dot_74 loc_bar__minus_9_bar_8_bar_1_bar_45)
        (openable Microwave_bar__plus_00_dot_22_bar__plus_01_dot_60_bar__minus_02_dot_74)
        (receptacleType Sink_bar__minus_03_dot_04_bar__plus_00_dot_24_bar__plus_00_dot_10_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_03_dot_04_bar__plus_00_dot_24_bar__plus_00_dot_10_bar_SinkBasin loc_bar__minus_6_bar__minus_3_bar_3_bar__minus_30)
        (objectType Lettuce_bar__minus_00_dot_08_bar__plus_02_dot_60_bar__plus_00_dot_12 LettuceType)
        (pickupable Lettuce_bar__minus_00_dot_08_bar__plus_02_dot_60_bar__plus_00_dot_12)
        (cleanable Lettuce_bar__minus_00_dot_08_bar__plus_02_dot_60_bar__plus_00_dot_12)
        (coolable Lettuce_bar__minus_00_dot_08_bar__plus_02_dot_60_bar__plus_00_dot_12)
        (inReceptacle Lettuce_bar__minus_00_dot_08_bar__plus_02_dot_60_bar__plus_00_dot_12 Sink_bar__minus_03_dot_04_bar__plus_00_dot_24_bar__plus_00_dot_10_bar_SinkBasin)
        (objectAtLocation Lettuce_bar__minus_00_dot_08_bar__plus_02_dot_60_bar__plus_00_dot_12 loc_bar__minus_6_bar__minus_3_bar_3_bar__minus_30)
        (objectType Lettuce_bar__minus_02_dot_54_bar__plus_01_dot_81_bar__plus_02_dot_04 LettuceType)
        (pickupable Lettuce_bar__minus_02_dot_54_bar__plus_01_dot_81_bar__plus_02_dot_04)
        (cleanable Lettuce_bar__minus_02_dot_54_bar__plus_01_dot_81_bar__plus_02_dot_04)
        (coolable Lettuce_bar__minus_02_dot_54_bar__plus_01_dot_81_bar__plus_02_dot_04)
        (inReceptacle Lettuce_bar__minus_02_dot_54_bar__plus_01_dot_81_bar__plus_02_dot_04 CounterTop_bar__minus_00_dot_45_bar__plus_03_dot_34_bar__plus_02_dot_79)
        (objectAtLocation Lettuce_bar__minus_02_dot_54_bar__plus_01_dot_81_bar__plus_02_dot_04 loc_bar__minus_8_bar_3_bar_1_bar__minus_30)
        (objectType Mug_bar__minus_01_dot_54_bar__plus_03_dot_47_bar__minus_02_dot_05 MugType)
        (pickupable Mug_bar__minus_01_dot_54_bar__plus_03_dot_47_bar__minus_02_dot_05)
        (cleanable Mug_bar__minus_01_dot_54_bar__plus_03_dot_47_bar__minus_02_dot_05)
        (heatable Mug_bar__minus_01_dot_54_bar__plus_03_dot_47_bar__minus_02_dot_05)
        (coolable Mug_bar__minus_01_dot_54_bar__plus_03_dot_47_bar__minus_02_dot_05)
        (inReceptacle Mug_bar__minus_01_dot_54_bar__plus_03_dot_47_bar__minus_02_dot_05 Cabinet_bar__minus_02_dot_51_bar__plus_00_dot_01_bar__plus_01_dot_85)
        (objectAtLocation Mug_bar__minus_01_dot_54_bar__plus_03_dot_47_bar__minus_02_dot_05 loc_bar_5_bar__minus_4_bar_3_bar__minus_30)
        (objectType Pot_bar__minus_02_dot_30_bar__plus_00_dot_09_bar__minus_01_dot_25 PotType)
        (pickupable Pot_bar__minus_02_dot_30_bar__plus_00_dot_09_bar__minus_01_dot_25)
        (cleanable Pot_bar__minus_02_dot_30_bar__plus_00_dot_09_bar__minus_01_dot_25)
        (coolable Pot_bar__minus_02_dot_30_bar__plus_00_dot_09_bar__minus_01_dot_25)
        (inReceptacle Pot_bar__minus_02_dot_30_bar__plus_00_dot_09_bar__minus_01_dot_25 Sink_bar__minus_03_dot_04_bar__plus_00_dot_24_bar__plus_00_dot_10_bar_SinkBasin)
        (objectAtLocation Pot_bar__minus_02_dot_30_bar__plus_00_dot_09_bar__minus_01_dot_25 loc_bar__minus_6_bar__minus_3_bar_3_bar__minus_30)
        (objectType Ladle_bar__plus_01_dot_95_bar__plus_00_dot_69_bar__plus_00_dot_27 LadleType)
        (pickupable Ladle_bar__plus_01_dot_95_bar__plus_00_dot_69_bar__plus_00_dot_27)
        (cleanable Ladle_bar__plus_01_dot_95_bar__plus_00_dot_69_bar__plus_00_dot_27)
        (inReceptacle Ladle_bar__plus_01_dot_95_bar__plus_00_dot_69_bar__plus_00_dot_27 Cabinet_bar__minus_02_dot_51_bar__plus_00_dot_01_bar__plus_01_dot_85)
        (objectAtLocation Ladle_bar__plus_01_dot_95_bar__plus_00_dot_69_bar__plus_00_dot_27 loc_bar_5_bar__minus_4_bar_3_bar__minus_30)
        (objectType SoapBottle_bar__plus_00_dot_96_bar__plus_01_dot_05_bar__minus_00_dot_18 SoapBottleType)
        (pickupable SoapBottle_bar__plus_00_dot_96_bar__plus_01_dot_05_bar__minus_00_dot_18)
        (inReceptacle SoapBottle_bar__plus_00_dot_96_bar__plus_01_dot_05_bar__minus_00_dot_18 Cabinet_bar__minus_02_dot_51_bar__plus_00_dot_01_bar__plus_01_dot_85)
        (objectAtLocation SoapBottle_bar__plus_00_dot_96_bar__plus_01_dot_05_bar__minus_00_dot_18 loc_bar_5_bar__minus_4_bar_3_bar__minus_30)
        (canContain CabinetType LadleType)
        (canContain CabinetType MugType)
        (canContain CabinetType PotType)
        (canContain CabinetType SoapBottleType)
        (canContain CounterTopType LadleType)
        (canContain CounterTopType LettuceType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PotType)
        (canContain CounterTopType SoapBottleType)
        (canContain FridgeType LettuceType)
        (canContain FridgeType MugType)
        (canContain FridgeType PotType)
        (canContain GarbageCanType LettuceType)
        (canContain GarbageCanType SoapBottleType)
        (canContain MicrowaveType MugType)
        (canContain SinkBasinType LadleType)
        (canContain SinkBasinType LettuceType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType PotType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o LettuceType)
                            (receptacleType ?r FridgeType)
                        )
                    )
                )
            )
        )
    )
