(define (problem plan_trial_T20190522_061438_526259)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CandleType - otype
        DishSpongeType - otype
        KnifeType - otype
        SoapBarType - otype
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
        ToiletPaperHangerType - rtype
        TowelHolderType - rtype
        DishSponge_bar__minus_03_dot_35_bar__plus_02_dot_92_bar__minus_00_dot_19 - object
        DishSponge_bar__plus_01_dot_21_bar__plus_00_dot_38_bar__minus_01_dot_49 - object
        Candle_bar__minus_00_dot_73_bar__plus_01_dot_32_bar__minus_02_dot_27 - object
        SoapBar_bar__minus_03_dot_34_bar__plus_02_dot_85_bar__plus_00_dot_17 - object
        Towel_bar__minus_00_dot_29_bar__plus_02_dot_45_bar__plus_01_dot_85 - object
        ToiletPaper_bar__plus_01_dot_16_bar__plus_01_dot_88_bar__minus_01_dot_07 - object
        SprayBottle_bar__plus_03_dot_33_bar__plus_00_dot_32_bar__plus_01_dot_35 - object
        Cabinet_bar__minus_03_dot_50_bar__plus_01_dot_62_bar__minus_02_dot_08 - receptacle
        Cabinet_bar__minus_02_dot_12_bar__plus_00_dot_93_bar__minus_02_dot_80 - receptacle
        CounterTop_bar__plus_02_dot_66_bar__plus_02_dot_83_bar__plus_02_dot_67 - receptacle
        GarbageCan_bar__plus_01_dot_07_bar__plus_02_dot_26_bar__plus_01_dot_96 - receptacle
        Sink_bar__minus_00_dot_57_bar__plus_01_dot_68_bar__plus_01_dot_44_bar_SinkBasin - receptacle
        Toilet_bar__minus_00_dot_68_bar__plus_00_dot_14_bar__plus_02_dot_93 - receptacle
        ToiletPaperHanger_bar__minus_02_dot_35_bar__plus_01_dot_61_bar__minus_02_dot_25 - receptacle
        TowelHolder_bar__minus_03_dot_23_bar__plus_02_dot_88_bar__minus_01_dot_44 - receptacle
        loc_bar_1_bar_4_bar_3_bar_0 - location
        loc_bar_5_bar_9_bar_0_bar__minus_30 - location
        loc_bar_6_bar_4_bar_0_bar__minus_30 - location
        loc_bar_7_bar_8_bar_2_bar_30 - location
        loc_bar_8_bar_0_bar_3_bar_0 - location
        loc_bar__minus_2_bar_2_bar_3_bar_45 - location
        loc_bar__minus_3_bar__minus_2_bar_0_bar_45 - location
        loc_bar__minus_7_bar__minus_6_bar_2_bar_15 - location
        loc_bar__minus_8_bar_5_bar_2_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar_6_bar_4_bar_0_bar__minus_30)
        (receptacleType Cabinet_bar__minus_03_dot_50_bar__plus_01_dot_62_bar__minus_02_dot_08 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_03_dot_50_bar__plus_01_dot_62_bar__minus_02_dot_08 loc_bar_1_bar_4_bar_3_bar_0)
        (openable Cabinet_bar__minus_03_dot_50_bar__plus_01_dot_62_bar__minus_02_dot_08)
        (receptacleType Cabinet_bar__minus_02_dot_12_bar__plus_00_dot_93_bar__minus_02_dot_80 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_12_bar__plus_00_dot_93_bar__minus_02_dot_80 loc_bar_7_bar_8_bar_2_bar_30)
        (openable Cabinet_bar__minus_02_dot_12_bar__plus_00_dot_93_bar__minus_02_dot_80)
        (receptacleType CounterTop_bar__plus_02_dot_66_bar__plus_02_dot_83_bar__plus_02_dot_67 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_02_dot_66_bar__plus_02_dot_83_bar__plus_02_dot_67 loc_bar__minus_2_bar_2_bar_3_bar_45)
        (receptacleType GarbageCan_bar__plus_01_dot_07_bar__plus_02_dot_26_bar__plus_01_dot_96 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_01_dot_07_bar__plus_02_dot_26_bar__plus_01_dot_96 loc_bar__minus_7_bar__minus_6_bar_2_bar_15)
        (receptacleType Sink_bar__minus_00_dot_57_bar__plus_01_dot_68_bar__plus_01_dot_44_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_00_dot_57_bar__plus_01_dot_68_bar__plus_01_dot_44_bar_SinkBasin loc_bar__minus_3_bar__minus_2_bar_0_bar_45)
        (receptacleType Toilet_bar__minus_00_dot_68_bar__plus_00_dot_14_bar__plus_02_dot_93 ToiletType)
        (receptacleAtLocation Toilet_bar__minus_00_dot_68_bar__plus_00_dot_14_bar__plus_02_dot_93 loc_bar_5_bar_9_bar_0_bar__minus_30)
        (receptacleType ToiletPaperHanger_bar__minus_02_dot_35_bar__plus_01_dot_61_bar__minus_02_dot_25 ToiletPaperHangerType)
        (receptacleAtLocation ToiletPaperHanger_bar__minus_02_dot_35_bar__plus_01_dot_61_bar__minus_02_dot_25 loc_bar_8_bar_0_bar_3_bar_0)
        (receptacleType TowelHolder_bar__minus_03_dot_23_bar__plus_02_dot_88_bar__minus_01_dot_44 TowelHolderType)
        (receptacleAtLocation TowelHolder_bar__minus_03_dot_23_bar__plus_02_dot_88_bar__minus_01_dot_44 loc_bar__minus_8_bar_5_bar_2_bar_15)
        (objectType DishSponge_bar__minus_03_dot_35_bar__plus_02_dot_92_bar__minus_00_dot_19 DishSpongeType)
        (pickupable DishSponge_bar__minus_03_dot_35_bar__plus_02_dot_92_bar__minus_00_dot_19)
        (cleanable DishSponge_bar__minus_03_dot_35_bar__plus_02_dot_92_bar__minus_00_dot_19)
        (inReceptacle DishSponge_bar__minus_03_dot_35_bar__plus_02_dot_92_bar__minus_00_dot_19 Toilet_bar__minus_00_dot_68_bar__plus_00_dot_14_bar__plus_02_dot_93)
        (objectAtLocation DishSponge_bar__minus_03_dot_35_bar__plus_02_dot_92_bar__minus_00_dot_19 loc_bar_5_bar_9_bar_0_bar__minus_30)
        (objectType DishSponge_bar__plus_01_dot_21_bar__plus_00_dot_38_bar__minus_01_dot_49 DishSpongeType)
        (pickupable DishSponge_bar__plus_01_dot_21_bar__plus_00_dot_38_bar__minus_01_dot_49)
        (cleanable DishSponge_bar__plus_01_dot_21_bar__plus_00_dot_38_bar__minus_01_dot_49)
        (inReceptacle DishSponge_bar__plus_01_dot_21_bar__plus_00_dot_38_bar__minus_01_dot_49 Cabinet_bar__minus_03_dot_50_bar__plus_01_dot_62_bar__minus_02_dot_08)
        (objectAtLocation DishSponge_bar__plus_01_dot_21_bar__plus_00_dot_38_bar__minus_01_dot_49 loc_bar_1_bar_4_bar_3_bar_0)
        (objectType Candle_bar__minus_00_dot_73_bar__plus_01_dot_32_bar__minus_02_dot_27 CandleType)
        (pickupable Candle_bar__minus_00_dot_73_bar__plus_01_dot_32_bar__minus_02_dot_27)
        (inReceptacle Candle_bar__minus_00_dot_73_bar__plus_01_dot_32_bar__minus_02_dot_27 Cabinet_bar__minus_03_dot_50_bar__plus_01_dot_62_bar__minus_02_dot_08)
        (objectAtLocation Candle_bar__minus_00_dot_73_bar__plus_01_dot_32_bar__minus_02_dot_27 loc_bar_1_bar_4_bar_3_bar_0)
        (objectType SoapBar_bar__minus_03_dot_34_bar__plus_02_dot_85_bar__plus_00_dot_17 SoapBarType)
        (pickupable SoapBar_bar__minus_03_dot_34_bar__plus_02_dot_85_bar__plus_00_dot_17)
        (cleanable SoapBar_bar__minus_03_dot_34_bar__plus_02_dot_85_bar__plus_00_dot_17)
        (inReceptacle SoapBar_bar__minus_03_dot_34_bar__plus_02_dot_85_bar__plus_00_dot_17 Toilet_bar__minus_00_dot_68_bar__plus_00_dot_14_bar__plus_02_dot_93)
        (objectAtLocation SoapBar_bar__minus_03_dot_34_bar__plus_02_dot_85_bar__plus_00_dot_17 loc_bar_5_bar_9_bar_0_bar__minus_30)
        (objectType Towel_bar__minus_00_dot_29_bar__plus_02_dot_45_bar__plus_01_dot_85 TowelType)
        (pickupable Towel_bar__minus_00_dot_29_bar__plus_02_dot_45_bar__plus_01_dot_85)
        (inReceptacle Towel_bar__minus_00_dot_29_bar__plus_02_dot_45_bar__plus_01_dot_85 TowelHolder_bar__minus_03_dot_23_bar__plus_02_dot_88_bar__minus_01_dot_44)
        (objectAtLocation Towel_bar__minus_00_dot_29_bar__plus_02_dot_45_bar__plus_01_dot_85 loc_bar__minus_8_bar_5_bar_2_bar_15)
        (objectType ToiletPaper_bar__plus_01_dot_16_bar__plus_01_dot_88_bar__minus_01_dot_07 ToiletPaperType)
        (pickupable ToiletPaper_bar__plus_01_dot_16_bar__plus_01_dot_88_bar__minus_01_dot_07)
        (inReceptacle ToiletPaper_bar__plus_01_dot_16_bar__plus_01_dot_88_bar__minus_01_dot_07 ToiletPaperHanger_bar__minus_02_dot_35_bar__plus_01_dot_61_bar__minus_02_dot_25)
        (objectAtLocation ToiletPaper_bar__plus_01_dot_16_bar__plus_01_dot_88_bar__minus_01_dot_07 loc_bar_8_bar_0_bar_3_bar_0)
        (objectType SprayBottle_bar__plus_03_dot_33_bar__plus_00_dot_32_bar__plus_01_dot_35 SprayBottleType)
        (pickupable SprayBottle_bar__plus_03_dot_33_bar__plus_00_dot_32_bar__plus_01_dot_35)
        (inReceptacle SprayBottle_bar__plus_03_dot_33_bar__plus_00_dot_32_bar__plus_01_dot_35 Cabinet_bar__minus_02_dot_12_bar__plus_00_dot_93_bar__minus_02_dot_80)
        (objectAtLocation SprayBottle_bar__plus_03_dot_33_bar__plus_00_dot_32_bar__plus_01_dot_35 loc_bar_7_bar_8_bar_2_bar_30)
        (canContain CabinetType CandleType)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType SoapBarType)
        (canContain CabinetType SprayBottleType)
        (canContain CabinetType ToiletPaperType)
        (canContain CounterTopType CandleType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType SoapBarType)
        (canContain CounterTopType SprayBottleType)
        (canContain CounterTopType ToiletPaperType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType SoapBarType)
        (canContain GarbageCanType SprayBottleType)
        (canContain GarbageCanType ToiletPaperType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType SoapBarType)
        (canContain ToiletType CandleType)
        (canContain ToiletType DishSpongeType)
        (canContain ToiletType SoapBarType)
        (canContain ToiletType SprayBottleType)
        (canContain ToiletType ToiletPaperType)
        (canContain ToiletPaperHangerType ToiletPaperType)
        (canContain TowelHolderType TowelType)
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
