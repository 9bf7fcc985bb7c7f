(define (problem plan_trial_T20191125_040810_536218)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CandleType - otype
        DishSpongeType - otype
        KnifeType - otype
        PlungerType - otype
        SprayBottleType - otype
        ToiletPaperType - otype
        TowelType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        ToiletType - rtype
        TowelHolderType - rtype
        DishSponge_bar__plus_00_dot_46_bar__plus_02_dot_15_bar__plus_03_dot_34 - object
        Candle_bar__minus_02_dot_50_bar__plus_01_dot_95_bar__minus_00_dot_56 - object
        Plunger_bar__plus_01_dot_74_bar__plus_02_dot_50_bar__plus_02_dot_59 - object
        ToiletPaper_bar__plus_01_dot_03_bar__plus_00_dot_43_bar__minus_02_dot_71 - object
        SprayBottle_bar__plus_02_dot_77_bar__plus_00_dot_86_bar__minus_01_dot_30 - object
        Towel_bar__plus_00_dot_81_bar__plus_03_dot_24_bar__minus_02_dot_23 - object
        Cabinet_bar__plus_01_dot_93_bar__plus_02_dot_34_bar__plus_02_dot_79 - receptacle
        CounterTop_bar__plus_02_dot_24_bar__plus_01_dot_18_bar__minus_00_dot_98 - receptacle
        GarbageCan_bar__plus_00_dot_79_bar__plus_01_dot_48_bar__plus_00_dot_95 - receptacle
        Sink_bar__minus_03_dot_41_bar__plus_00_dot_13_bar__minus_00_dot_16_bar_SinkBasin - receptacle
        Sink_bar__minus_01_dot_26_bar__plus_01_dot_03_bar__plus_01_dot_96_bar_SinkBasin - receptacle
        Toilet_bar__plus_01_dot_30_bar__plus_00_dot_94_bar__minus_02_dot_25 - receptacle
        TowelHolder_bar__minus_03_dot_14_bar__plus_01_dot_70_bar__plus_00_dot_03 - receptacle
        loc_bar_0_bar_0_bar_3_bar__minus_30 - location
        loc_bar_0_bar__minus_9_bar_1_bar_45 - location
        loc_bar_1_bar__minus_6_bar_1_bar_30 - location
        loc_bar_2_bar_9_bar_2_bar_15 - location
        loc_bar_5_bar_0_bar_1_bar_45 - location
        loc_bar_5_bar__minus_5_bar_1_bar_60 - location
        loc_bar__minus_4_bar__minus_4_bar_3_bar_45 - location
        loc_bar__minus_4_bar__minus_8_bar_2_bar_60 - location
    )
    (:init
        (atLocation agent1 loc_bar_5_bar__minus_5_bar_1_bar_60)
        (receptacleType Cabinet_bar__plus_01_dot_93_bar__plus_02_dot_34_bar__plus_02_dot_79 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_93_bar__plus_02_dot_34_bar__plus_02_dot_79 loc_bar_5_bar_0_bar_1_bar_45)
        (openable Cabinet_bar__plus_01_dot_93_bar__plus_02_dot_34_bar__plus_02_dot_79)
        (receptacleType CounterTop_bar__plus_02_dot_24_bar__plus_01_dot_18_bar__minus_00_dot_98 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_02_dot_24_bar__plus_01_dot_18_bar__minus_00_dot_98 loc_bar__minus_4_bar__minus_4_bar_3_bar_45)
        (receptacleType GarbageCan_bar__plus_00_dot_79_bar__plus_01_dot_48_bar__plus_00_dot_95 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_00_dot_79_bar__plus_01_dot_48_bar__plus_00_dot_95 loc_bar_1_bar__minus_6_bar_1_bar_30)
        (receptacleType Sink_bar__minus_03_dot_41_bar__plus_00_dot_13_bar__minus_00_dot_16_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_03_dot_41_bar__plus_00_dot_13_bar__minus_00_dot_16_bar_SinkBasin loc_bar_0_bar__minus_9_bar_1_bar_45)
        (receptacleType Sink_bar__minus_01_dot_26_bar__plus_01_dot_03_bar__plus_01_dot_96_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_01_dot_26_bar__plus_01_dot_03_bar__plus_01_dot_96_bar_SinkBasin loc_bar_0_bar_0_bar_3_bar__minus_30)
        (receptacleType Toilet_bar__plus_01_dot_30_bar__plus_00_dot_94_bar__minus_02_dot_25 ToiletType)
        (receptacleAtLocation Toilet_bar__plus_01_dot_30_bar__plus_00_dot_94_bar__minus_02_dot_25 loc_bar__minus_4_bar__minus_8_bar_2_bar_60)
        (receptacleType TowelHolder_bar__minus_03_dot_14_bar__plus_01_dot_70_bar__plus_00_dot_03 TowelHolderType)
        (receptacleAtLocation TowelHolder_bar__minus_03_dot_14_bar__plus_01_dot_70_bar__plus_00_dot_03 loc_bar_2_bar_9_bar_2_bar_15)
        (objectType DishSponge_bar__plus_00_dot_46_bar__plus_02_dot_15_bar__plus_03_dot_34 DishSpongeType)
        (pickupable DishSponge_bar__plus_00_dot_46_bar__plus_02_dot_15_bar__plus_03_dot_34)
        (cleanable DishSponge_bar__plus_00_dot_46_bar__plus_02_dot_15_bar__plus_03_dot_34)
        (inReceptacle DishSponge_bar__plus_00_dot_46_bar__plus_02_dot_15_bar__plus_03_dot_34 CounterTop_bar__plus_02_dot_24_bar__plus_01_dot_18_bar__minus_00_dot_98)
        (objectAtLocation DishSponge_bar__plus_00_dot_46_bar__plus_02_dot_15_bar__plus_03_dot_34 loc_bar__minus_4_bar__minus_4_bar_3_bar_45)
        (objectType Candle_bar__minus_02_dot_50_bar__plus_01_dot_95_bar__minus_00_dot_56 CandleType)
        (pickupable Candle_bar__minus_02_dot_50_bar__plus_01_dot_95_bar__minus_00_dot_56)
        (inReceptacle Candle_bar__minus_02_dot_50_bar__plus_01_dot_95_bar__minus_00_dot_56 Toilet_bar__plus_01_dot_30_bar__plus_00_dot_94_bar__minus_02_dot_25)
        (objectAtLocation Candle_bar__minus_02_dot_50_bar__plus_01_dot_95_bar__minus_00_dot_56 loc_bar__minus_4_bar__minus_8_bar_2_bar_60)
        (objectType Plunger_bar__plus_01_dot_74_bar__plus_02_dot_50_bar__plus_02_dot_59 PlungerType)
        (pickupable Plunger_bar__plus_01_dot_74_bar__plus_02_dot_50_bar__plus_02_dot_59)
        (inReceptacle Plunger_bar__plus_01_dot_74_bar__plus_02_dot_50_bar__plus_02_dot_59 Cabinet_bar__plus_01_dot_93_bar__plus_02_dot_34_bar__plus_02_dot_79)
        (objectAtLocation Plunger_bar__plus_01_dot_74_bar__plus_02_dot_50_bar__plus_02_dot_59 loc_bar_5_bar_0_bar_1_bar_45)
        (objectType ToiletPaper_bar__plus_01_dot_03_bar__plus_00_dot_43_bar__minus_02_dot_71 ToiletPaperType)
        (pickupable ToiletPaper_bar__plus_01_dot_03_bar__plus_00_dot_43_bar__minus_02_dot_71)
        (inReceptacle ToiletPaper_bar__plus_01_dot_03_bar__plus_00_dot_43_bar__minus_02_dot_71 Cabinet_bar__plus_01_dot_93_bar__plus_02_dot_34_bar__plus_02_dot_79)
        (objectAtLocation ToiletPaper_bar__plus_01_dot_03_bar__plus_00_dot_43_bar__minus_02_dot_71 loc_bar_5_bar_0_bar_1_bar_45)
        (objectType SprayBottle_bar__plus_02_dot_77_bar__plus_00_dot_86_bar__minus_01_dot_30 SprayBottleType)
        (pickupable SprayBottle_bar__plus_02_dot_77_bar__plus_00_dot_86_bar__minus_01_dot_30)
        (inReceptacle SprayBottle_bar__plus_02_dot_77_bar__plus_00_dot_86_bar__minus_01_dot_30 Cabinet_bar__plus_01_dot_93_bar__plus_02_dot_34_bar__plus_02_dot_79)
        (objectAtLocation SprayBottle_bar__plus_02_dot_77_bar__plus_00_dot_86_bar__minus_01_dot_30 loc_bar_5_bar_0_bar_1_bar_45)
        (objectType Towel_bar__plus_00_dot_81_bar__plus_03_dot_24_bar__minus_02_dot_23 TowelType)
        (pickupable Towel_bar__plus_00_dot_81_bar__plus_03_dot_24_bar__minus_02_dot_23)
        (inReceptacle Towel_bar__plus_00_dot_81_bar__plus_03_dot_24_bar__minus_02_dot_23 TowelHolder_bar__minus_03_dot_14_bar__plus_01_dot_70_bar__plus_00_dot_03)
        (objectAtLocation Towel_bar__plus_00_dot_81_bar__plus_03_dot_24_bar__minus_02_dot_23 loc_bar_2_bar_9_bar_2_bar_15)
        (canContain CabinetType CandleType)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType PlungerType)
        (canContain CabinetType SprayBottleType)
        (canContain CabinetType ToiletPaperType)
        (canContain CounterTopType CandleType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType SprayBottleType)
        (canContain CounterTopType ToiletPaperType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType SprayBottleType)
        (canContain GarbageCanType ToiletPaperType)
        (canContain SinkBasinType DishSpongeType)
        (canContain ToiletType CandleType)
        (canContain ToiletType DishSpongeType)
        (canContain ToiletType SprayBottleType)
        (canContain ToiletType ToiletPaperType)
        (canContain TowelHolderType TowelType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o DishSpongeType)
                            (receptacleType ?r CabinetType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
