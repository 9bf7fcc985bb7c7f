(define (problem plan_trial_T20190110_034917_869448)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CandleType - otype
        DishSpongeType - otype
        KnifeType - otype
        PlungerType - otype
        SoapBarType - otype
        TissueBoxType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        ToiletType - rtype
        DishSponge_bar__minus_01_dot_97_bar__plus_02_dot_50_bar__plus_00_dot_69 - object
        DishSponge_bar__plus_01_dot_30_bar__plus_00_dot_20_bar__minus_01_dot_95 - object
        Plunger_bar__plus_00_dot_79_bar__plus_01_dot_66_bar__minus_02_dot_82 - object
        Candle_bar__plus_02_dot_13_bar__plus_03_dot_06_bar__plus_00_dot_72 - object
        TissueBox_bar__plus_01_dot_08_bar__plus_00_dot_26_bar__minus_00_dot_32 - object
        SoapBar_bar__plus_00_dot_27_bar__plus_03_dot_37_bar__minus_00_dot_57 - object
        Cabinet_bar__minus_01_dot_78_bar__plus_03_dot_22_bar__minus_01_dot_35 - receptacle
        Cabinet_bar__minus_01_dot_99_bar__plus_02_dot_35_bar__minus_02_dot_23 - receptacle
        CounterTop_bar__plus_02_dot_59_bar__plus_03_dot_32_bar__plus_02_dot_56 - receptacle
        GarbageCan_bar__plus_00_dot_15_bar__plus_00_dot_76_bar__plus_02_dot_30 - receptacle
        Sink_bar__plus_01_dot_08_bar__plus_01_dot_38_bar__minus_00_dot_48_bar_SinkBasin - receptacle
        Toilet_bar__minus_00_dot_04_bar__plus_02_dot_38_bar__plus_00_dot_29 - receptacle
        loc_bar_3_bar__minus_1_bar_2_bar__minus_30 - location
        loc_bar_3_bar__minus_7_bar_3_bar__minus_30 - location
        loc_bar_4_bar_4_bar_2_bar_45 - location
        loc_bar_6_bar__minus_9_bar_0_bar_0 - location
        loc_bar__minus_5_bar_9_bar_1_bar__minus_30 - location
        loc_bar__minus_8_bar__minus_4_bar_3_bar__minus_30 - location
        loc_bar__minus_9_bar_3_bar_1_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_5_bar_9_bar_1_bar__minus_30)
        (receptacleType Cabinet_bar__minus_01_dot_78_bar__plus_03_dot_22_bar__minus_01_dot_35 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_78_bar__plus_03_dot_22_bar__minus_01_dot_35 loc_bar__minus_8_bar__minus_4_bar_3_bar__minus_30)
        (openable Cabinet_bar__minus_01_dot_78_bar__plus_03_dot_22_bar__minus_01_dot_35)
        (receptacleType Cabinet_bar__minus_01_dot_99_bar__plus_02_dot_35_bar__minus_02_dot_23 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_99_bar__plus_02_dot_35_bar__minus_02_dot_23 loc_bar_3_bar__minus_1_bar_2_bar__minus_30)
        (openable Cabinet_bar__minus_01_dot_99_bar__plus_02_dot_35_bar__minus_02_dot_23)
        (receptacleType CounterTop_bar__plus_02_dot_59_bar__plus_03_dot_32_bar__plus_02_dot_56 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_02_dot_59_bar__plus_03_dot_32_bar__plus_02_dot_56 loc_bar__minus_9_bar_3_bar_1_bar__minus_30)
        (receptacleType GarbageCan_bar__plus_00_dot_15_bar__plus_00_dot_76_bar__plus_02_dot_30 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_00_dot_15_bar__plus_00_dot_76_bar__plus_02_dot_30 loc_bar_3_bar__minus_7_bar_3_bar__minus_30)
        (receptacleType Sink_bar__plus_01_dot_08_bar__plus_01_dot_38_bar__minus_00_dot_48_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_01_dot_08_bar__plus_01_dot_38_bar__minus_00_dot_48_bar_SinkBasin loc_bar_4_bar_4_bar_2_bar_45)
        (receptacleType Toilet_bar__minus_00_dot_04_bar__plus_02_dot_38_bar__plus_00_dot_29 ToiletType)
        (receptacleAtLocation Toilet_bar__minus_00_dot_04_bar__plus_02_dot_38_bar__plus_00_dot_29 loc_bar_6_bar__minus_9_bar_0_bar_0)
        (objectType DishSponge_bar__minus_01_dot_97_bar__plus_02_dot_50_bar__plus_00_dot_69 DishSpongeType)
        (pickupable DishSponge_bar__minus_01_dot_97_bar__plus_02_dot_50_bar__plus_00_dot_69)
        (cleanable DishSponge_bar__minus_01_dot_97_bar__plus_02_dot_50_bar__plus_00_dot_69)
        (inReceptacle DishSponge_bar__minus_01_dot_97_bar__plus_02_dot_50_bar__plus_00_dot_69 Cabinet_bar__minus_01_dot_78_bar__plus_03_dot_22_bar__minus_01_dot_35)
        (objectAtLocation DishSponge_bar__minus_01_dot_97_bar__plus_02_dot_50_bar__plus_00_dot_69 loc_bar__minus_8_bar__minus_4_bar_3_bar__minus_30)
        (objectType DishSponge_bar__plus_01_dot_30_bar__plus_00_dot_20_bar__minus_01_dot_95 DishSpongeType)
        (pickupable DishSponge_bar__plus_01_dot_30_bar__plus_00_dot_20_bar__minus_01_dot_95)
        (cleanable DishSponge_bar__plus_01_dot_30_bar__plus_00_dot_20_bar__minus_01_dot_95)
        (inReceptacle DishSponge_bar__plus_01_dot_30_bar__plus_00_dot_20_bar__minus_01_dot_95 Cabinet_bar__minus_01_dot_78_bar__plus_03_dot_22_bar__minus_01_dot_35)
        (objectAtLocation DishSponge_bar__plus_01_dot_30_bar__plus_00_dot_20_bar__minus_01_dot_95 loc_bar__minus_8_bar__minus_4_bar_3_bar__minus_30)
        (objectType Plunger_bar__plus_00_dot_79_bar__plus_01_dot_66_bar__minus_02_dot_82 PlungerType)
        (pickupable Plunger_bar__plus_00_dot_79_bar__plus_01_dot_66_bar__minus_02_dot_82)
        (inReceptacle Plunger_bar__plus_00_dot_79_bar__plus_01_dot_66_bar__minus_02_dot_82 Cabinet_bar__minus_01_dot_78_bar__plus_03_dot_22_bar__minus_01_dot_35)
        (objectAtLocation Plunger_bar__plus_00_dot_79_bar__plus_01_dot_66_bar__minus_02_dot_82 loc_bar__minus_8_bar__minus_4_bar_3_bar__minus_30)
        (objectType Candle_bar__plus_02_dot_13_bar__plus_03_dot_06_bar__plus_00_dot_72 CandleType)
        (pickupable Candle_bar__plus_02_dot_13_bar__plus_03_dot_06_bar__plus_00_dot_72)
        (inReceptacle Candle_bar__plus_02_dot_13_bar__plus_03_dot_06_bar__plus_00_dot_72 Cabinet_bar__minus_01_dot_78_bar__plus_03_dot_22_bar__minus_01_dot_35)
        (objectAtLocation Candle_bar__plus_02_dot_13_bar__plus_03_dot_06_bar__plus_00_dot_72 loc_bar__minus_8_bar__minus_4_bar_3_bar__minus_30)
        (objectType TissueBox_bar__plus_01_dot_08_bar__plus_00_dot_26_bar__minus_00_dot_32 TissueBoxType)
        (pickupable TissueBox_bar__plus_01_dot_08_bar__plus_00_dot_26_bar__minus_00_dot_32)
        (inReceptacle TissueBox_bar__plus_01_dot_08_bar__plus_00_dot_26_bar__minus_00_dot_32 CounterTop_bar__plus_02_dot_59_bar__plus_03_dot_32_bar__plus_02_dot_56)
        (objectAtLocation TissueBox_bar__plus_01_dot_08_bar__plus_00_dot_26_bar__minus_00_dot_32 loc_bar__minus_9_bar_3_bar_1_bar__minus_30)
        (objectType SoapBar_bar__plus_00_dot_27_bar__plus_03_dot_37_bar__minus_00_dot_57 SoapBarType)
        (pickupable SoapBar_bar__plus_00_dot_27_bar__plus_03_dot_37_bar__minus_00_dot_57)
        (cleanable SoapBar_bar__plus_00_dot_27_bar__plus_03_dot_37_bar__minus_00_dot_57)
        (inReceptacle SoapBar_bar__plus_00_dot_27_bar__plus_03_dot_37_bar__minus_00_dot_57 CounterTop_bar__plus_02_dot_59_bar__plus_03_dot_32_bar__plus_02_dot_56)
        (objectAtLocation SoapBar_bar__plus_00_dot_27_bar__plus_03_dot_37_bar__minus_00_dot_57 loc_bar__minus_9_bar_3_bar_1_bar__minus_30)
        (canContain CabinetType CandleType)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType PlungerType)
        (canContain CabinetType SoapBarType)
        (canContain CabinetType TissueBoxType)
        (canContain CounterTopType CandleType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType SoapBarType)
        (canContain CounterTopType TissueBoxType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType SoapBarType)
        (canContain GarbageCanType TissueBoxType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType SoapBarType)
        (canContain ToiletType CandleType)
        (canContain ToiletType DishSpongeType)
        (canContain ToiletType SoapBarType)
        (canContain ToiletType TissueBoxType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o DishSpongeType)
                            (receptacleType ?r CounterTopType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
