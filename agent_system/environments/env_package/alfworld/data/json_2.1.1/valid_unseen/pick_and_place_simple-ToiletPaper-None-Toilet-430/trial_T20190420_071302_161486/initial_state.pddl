(define (problem plan_trial_T20190420_071302_161486)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        DishSpongeType - otype
        KnifeType - otype
        PlungerType - otype
        SoapBarType - otype
        SoapBottleType - otype
        SprayBottleType - otype
        ToiletPaperType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        ToiletType - rtype
        TowelHolderType - rtype
        ToiletPaper_bar__minus_00_dot_17_bar__plus_02_dot_65_bar__minus_03_dot_12 - object
        SoapBar_bar__plus_00_dot_11_bar__plus_03_dot_05_bar__plus_02_dot_01 - object
        Plunger_bar__plus_00_dot_33_bar__plus_02_dot_28_bar__plus_02_dot_87 - object
        SoapBottle_bar__minus_01_dot_37_bar__plus_01_dot_05_bar__plus_00_dot_65 - object
        SprayBottle_bar__minus_00_dot_18_bar__plus_01_dot_79_bar__minus_02_dot_42 - object
        DishSponge_bar__plus_02_dot_22_bar__plus_00_dot_57_bar__plus_03_dot_27 - object
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
        loc_bar__minus_3_bar__minus_7_bar_0_bar_45 - location
        loc_bar__minus_4_bar__minus_4_bar_3_bar_45 - location
        loc_bar__minus_4_bar__minus_8_bar_2_bar_60 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_3_bar__minus_7_bar_0_bar_45)
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
        (objectType ToiletPaper_bar__minus_00_dot_17_bar__plus_02_dot_65_bar__minus_03_dot_12 ToiletPaperType)
        (pickupable ToiletPaper_bar__minus_00_dot_17_bar__plus_02_dot_65_bar__minus_03_dot_12)
        (inReceptacle ToiletPaper_bar__minus_00_dot_17_bar__plus_02_dot_65_bar__minus_03_dot_12 Cabinet_bar__plus_01_dot_93_bar__plus_02_dot_34_bar__plus_02_dot_79)
        (objectAtLocation ToiletPaper_bar__minus_00_dot_17_bar__plus_02_dot_65_bar__minus_03_dot_12 loc_bar_5_bar_0_bar_1_bar_45)
        (objectType SoapBar_bar__plus_00_dot_11_bar__plus_03_dot_05_bar__plus_02_dot_01 SoapBarType)
        (pickupable SoapBar_bar__plus_00_dot_11_bar__plus_03_dot_05_bar__plus_02_dot_01)
        (cleanable SoapBar_bar__plus_00_dot_11_bar__plus_03_dot_05_bar__plus_02_dot_01)
        (inReceptacle SoapBar_bar__plus_00_dot_11_bar__plus_03_dot_05_bar__plus_02_dot_01 Sink_bar__minus_03_dot_41_bar__plus_00_dot_13_bar__minus_00_dot_16_bar_SinkBasin)
        (objectAtLocation SoapBar_bar__plus_00_dot_11_bar__plus_03_dot_05_bar__plus_02_dot_01 loc_bar_0_bar__minus_9_bar_1_bar_45)
        (objectType Plunger_bar__plus_00_dot_33_bar__plus_02_dot_28_bar__plus_02_dot_87 PlungerType)
        (pickupable Plunger_bar__plus_00_dot_33_bar__plus_02_dot_28_bar__plus_02_dot_87)
        (inReceptacle Plunger_bar__plus_00_dot_33_bar__plus_02_dot_28_bar__plus_02_dot_87 Cabinet_bar__plus_01_dot_93_bar__plus_02_dot_34_bar__plus_02_dot_79)
        (objectAtLocation Plunger_bar__plus_00_dot_33_bar__plus_02_dot_28_bar__plus_02_dot_87 loc_bar_5_bar_0_bar_1_bar_45)
        (objectType SoapBottle_bar__minus_01_dot_37_bar__plus_01_dot_05_bar__plus_00_dot_65 SoapBottleType)
        (pickupable SoapBottle_bar__minus_01_dot_37_bar__plus_01_dot_05_bar__plus_00_dot_65)
        (inReceptacle SoapBottle_bar__minus_01_dot_37_bar__plus_01_dot_05_bar__plus_00_dot_65 Cabinet_bar__plus_01_dot_93_bar__plus_02_dot_34_bar__plus_02_dot_79)
        (objectAtLocation SoapBottle_bar__minus_01_dot_37_bar__plus_01_dot_05_bar__plus_00_dot_65 loc_bar_5_bar_0_bar_1_bar_45)
        (objectType SprayBottle_bar__minus_00_dot_18_bar__plus_01_dot_79_bar__minus_02_dot_42 SprayBottleType)
        (pickupable SprayBottle_bar__minus_00_dot_18_bar__plus_01_dot_79_bar__minus_02_dot_42)
        (inReceptacle SprayBottle_bar__minus_00_dot_18_bar__plus_01_dot_79_bar__minus_02_dot_42 CounterTop_bar__plus_02_dot_24_bar__plus_01_dot_18_bar__minus_00_dot_98)
        (objectAtLocation SprayBottle_bar__minus_00_dot_18_bar__plus_01_dot_79_bar__minus_02_dot_42 loc_bar__minus_4_bar__minus_4_bar_3_bar_45)
        (objectType DishSponge_bar__plus_02_dot_22_bar__plus_00_dot_57_bar__plus_03_dot_27 DishSpongeType)
        (pickupable DishSponge_bar__plus_02_dot_22_bar__plus_00_dot_57_bar__plus_03_dot_27)
        (cleanable DishSponge_bar__plus_02_dot_22_bar__plus_00_dot_57_bar__plus_03_dot_27)
        (inReceptacle DishSponge_bar__plus_02_dot_22_bar__plus_00_dot_57_bar__plus_03_dot_27 GarbageCan_bar__plus_00_dot_79_bar__plus_01_dot_48_bar__plus_00_dot_95)
        (objectAtLocation DishSponge_bar__plus_02_dot_22_bar__plus_00_dot_57_bar__plus_03_dot_27 loc_bar_1_bar__minus_6_bar_1_bar_30)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType PlungerType)
        (canContain CabinetType SoapBarType)
        (canContain CabinetType SoapBottleType)
        (canContain CabinetType SprayBottleType)
        (canContain CabinetType ToiletPaperType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType SoapBarType)
        (canContain CounterTopType SoapBottleType)
        (canContain CounterTopType SprayBottleType)
        (canContain CounterTopType ToiletPaperType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType SoapBarType)
        (canContain GarbageCanType SoapBottleType)
        (canContain GarbageCanType SprayBottleType)
        (canContain GarbageCanType ToiletPaperType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType SoapBarType)
        (canContain ToiletType DishSpongeType)
        (canContain ToiletType SoapBarType)
        (canContain ToiletType SoapBottleType)
        (canContain ToiletType SprayBottleType)
        (canContain ToiletType ToiletPaperType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o ToiletPaperType)
                            (receptacleType ?r ToiletType)
                        )
                    )
                )
            )
        )
    )
