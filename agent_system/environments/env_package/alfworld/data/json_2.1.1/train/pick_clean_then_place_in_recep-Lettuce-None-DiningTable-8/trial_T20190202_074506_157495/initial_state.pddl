(define (problem plan_trial_T20190202_074506_157495)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        KnifeType - otype
        LettuceType - otype
        PanType - otype
        SpatulaType - otype
        WineBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DiningTableType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        Lettuce_bar__plus_01_dot_45_bar__plus_00_dot_79_bar__plus_00_dot_65 - object
        WineBottle_bar__minus_00_dot_33_bar__plus_00_dot_20_bar__minus_02_dot_84 - object
        Pan_bar__minus_03_dot_45_bar__plus_00_dot_75_bar__plus_00_dot_77 - object
        Spatula_bar__minus_01_dot_38_bar__plus_02_dot_44_bar__minus_02_dot_19 - object
        Cabinet_bar__minus_03_dot_36_bar__plus_00_dot_12_bar__plus_02_dot_18 - receptacle
        Cabinet_bar__minus_00_dot_43_bar__plus_01_dot_47_bar__plus_00_dot_31 - receptacle
        CounterTop_bar__minus_00_dot_48_bar__plus_01_dot_96_bar__plus_01_dot_40 - receptacle
        DiningTable_bar__plus_03_dot_24_bar__plus_00_dot_04_bar__minus_01_dot_98 - receptacle
        Fridge_bar__minus_02_dot_77_bar__plus_00_dot_56_bar__minus_00_dot_67 - receptacle
        GarbageCan_bar__plus_02_dot_22_bar__plus_00_dot_21_bar__minus_00_dot_21 - receptacle
        Microwave_bar__minus_02_dot_60_bar__plus_02_dot_82_bar__plus_02_dot_87 - receptacle
        Sink_bar__minus_01_dot_79_bar__plus_02_dot_31_bar__minus_01_dot_55_bar_SinkBasin - receptacle
        loc_bar_0_bar_5_bar_2_bar_15 - location
        loc_bar_0_bar__minus_5_bar_3_bar_30 - location
        loc_bar_1_bar__minus_1_bar_0_bar_45 - location
        loc_bar_2_bar_0_bar_3_bar__minus_30 - location
        loc_bar_5_bar__minus_5_bar_0_bar_60 - location
        loc_bar_6_bar_4_bar_1_bar_30 - location
        loc_bar_8_bar__minus_3_bar_3_bar__minus_30 - location
        loc_bar_9_bar__minus_4_bar_3_bar_30 - location
        loc_bar__minus_7_bar_0_bar_3_bar_0 - location
    )
    (:init
        (atLocation agent1 loc_bar_2_bar_0_bar_3_bar__minus_30)
        (receptacleType Cabinet_bar__minus_03_dot_36_bar__plus_00_dot_12_bar__plus_02_dot_18 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_03_dot_36_bar__plus_00_dot_12_bar__plus_02_dot_18 loc_bar_8_bar__minus_3_bar_3_bar__minus_30)
        (openable Cabinet_bar__minus_03_dot_36_bar__plus_00_dot_12_bar__plus_02_dot_18)
        (receptacleType Cabinet_bar__minus_00_dot_43_bar__plus_01_dot_47_bar__plus_00_dot_31 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_43_bar__plus_01_dot_47_bar__plus_00_dot_31 loc_bar_1_bar__minus_1_bar_0_bar_45)
        (openable Cabinet_bar__minus_00_dot_43_bar__plus_01_dot_47_bar__plus_00_dot_31)
        (receptacleType CounterTop_bar__minus_00_dot_48_bar__plus_01_dot_96_bar__plus_01_dot_40 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_00_dot_48_bar__plus_01_dot_96_bar__plus_01_dot_40 loc_bar_6_bar_4_bar_1_bar_30)
        (receptacleType DiningTable_bar__plus_03_dot_24_bar__plus_00_dot_04_bar__minus_01_dot_98 DiningTableType)
        (receptacleAtLocation DiningTable_bar__plus_03_dot_24_bar__plus_00_dot_04_bar__minus_01_dot_98 loc_bar_5_bar__minus_5_bar_0_bar_60)
        (receptacleType Fridge_bar__minus_02_dot_77_bar__plus_00_dot_56_bar__minus_00_dot_67 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_02_dot_77_bar__plus_00_dot_56_bar__minus_00_dot_67 loc_bar_0_bar_5_bar_2_bar_15)
        (openable Fridge_bar__minus_02_dot_77_bar__plus_00_dot_56_bar__minus_00_dot_67)
        (receptacleType GarbageCan_bar__plus_02_dot_22_bar__plus_00_dot_21_bar__minus_00_dot_21 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_02_dot_22_bar__plus_00_dot_21_bar__minus_00_dot_21 loc_bar__minus_7_bar_0_bar_3_bar_0)
        (receptacleType Microwave_bar__minus_02_dot_60_bar__plus_02_dot_82_bar__plus_02_dot_87 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_02_dot_60_bar__plus_02_dot_82_bar__plus_02_dot_87 loc_bar_9_bar__minus_4_bar_3_bar_30)
        (openable Microwave_bar__minus_02_dot_60_bar__plus_02_dot_82_bar__plus_02_dot_87)
        (receptacleType Sink_bar__minus_01_dot_79_bar__plus_02_dot_31_bar__minus_01_dot_55_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_01_dot_79_bar__plus_02_dot_31_bar__minus_01_dot_55_bar_SinkBasin loc_bar_0_bar__minus_5_bar_3_bar_30)
        (objectType Lettuce_bar__plus_01_dot_45_bar__plus_00_dot_79_bar__plus_00_dot_65 LettuceType)
        (pickupable Lettuce_bar__plus_01_dot_45_bar__plus_00_dot_79_bar__plus_00_dot_65)
        (cleanable Lettuce_bar__plus_01_dot_45_bar__plus_00_dot_79_bar__plus_00_dot_65)
        (coolable Lettuce_bar__plus_01_dot_45_bar__plus_00_dot_79_bar__plus_00_dot_65)
        (inReceptacle Lettuce_bar__plus_01_dot_45_bar__plus_00_dot_79_bar__plus_00_dot_65 Fridge_bar__minus_02_dot_77_bar__plus_00_dot_56_bar__minus_00_dot_67)
        (objectAtLocation Lettuce_bar__plus_01_dot_45_bar__plus_00_dot_79_bar__plus_00_dot_65 loc_bar_0_bar_5_bar_2_bar_15)
        (objectType WineBottle_bar__minus_00_dot_33_bar__plus_00_dot_20_bar__minus_02_dot_84 WineBottleType)
        (pickupable WineBottle_bar__minus_00_dot_33_bar__plus_00_dot_20_bar__minus_02_dot_84)
        (coolable WineBottle_bar__minus_00_dot_33_bar__plus_00_dot_20_bar__minus_02_dot_84)
        (inReceptacle WineBottle_bar__minus_00_dot_33_bar__plus_00_dot_20_bar__minus_02_dot_84 GarbageCan_bar__plus_02_dot_22_bar__plus_00_dot_21_bar__minus_00_dot_21)
        (objectAtLocation WineBottle_bar__minus_00_dot_33_bar__plus_00_dot_20_bar__minus_02_dot_84 loc_bar__minus_7_bar_0_bar_3_bar_0)
        (objectType Pan_bar__minus_03_dot_45_bar__plus_00_dot_75_bar__plus_00_dot_77 PanType)
        (pickupable Pan_bar__minus_03_dot_45_bar__plus_00_dot_75_bar__plus_00_dot_77)
        (cleanable Pan_bar__minus_03_dot_45_bar__plus_00_dot_75_bar__plus_00_dot_77)
        (coolable Pan_bar__minus_03_dot_45_bar__plus_00_dot_75_bar__plus_00_dot_77)
        (inReceptacle Pan_bar__minus_03_dot_45_bar__plus_00_dot_75_bar__plus_00_dot_77 Cabinet_bar__minus_03_dot_36_bar__plus_00_dot_12_bar__plus_02_dot_18)
        (objectAtLocation Pan_bar__minus_03_dot_45_bar__plus_00_dot_75_bar__plus_00_dot_77 loc_bar_8_bar__minus_3_bar_3_bar__minus_30)
        (objectType Spatula_bar__minus_01_dot_38_bar__plus_02_dot_44_bar__minus_02_dot_19 SpatulaType)
        (pickupable Spatula_bar__minus_01_dot_38_bar__plus_02_dot_44_bar__minus_02_dot_19)
        (cleanable Spatula_bar__minus_01_dot_38_bar__plus_02_dot_44_bar__minus_02_dot_19)
        (inReceptacle Spatula_bar__minus_01_dot_38_bar__plus_02_dot_44_bar__minus_02_dot_19 DiningTable_bar__plus_03_dot_24_bar__plus_00_dot_04_bar__minus_01_dot_98)
        (objectAtLocation Spatula_bar__minus_01_dot_38_bar__plus_02_dot_44_bar__minus_02_dot_19 loc_bar_5_bar__minus_5_bar_0_bar_60)
        (canContain CabinetType PanType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType LettuceType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType SpatulaType)
        (canContain CounterTopType WineBottleType)
        (canContain DiningTableType LettuceType)
        (canContain DiningTableType PanType)
        (canContain DiningTableType SpatulaType)
        (canContain DiningTableType WineBottleType)
        (canContain FridgeType LettuceType)
        (canContain FridgeType PanType)
        (canContain FridgeType WineBottleType)
        (canContain GarbageCanType LettuceType)
        (canContain GarbageCanType WineBottleType)
        (canContain SinkBasinType LettuceType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType SpatulaType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o LettuceType)
                            (receptacleType ?r DiningTableType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
