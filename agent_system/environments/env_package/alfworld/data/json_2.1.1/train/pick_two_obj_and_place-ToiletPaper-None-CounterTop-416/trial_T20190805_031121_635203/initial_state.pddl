(define (problem plan_trial_T20190805_031121_635203)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CandleType - otype
        ClothType - otype
        KnifeType - otype
        SprayBottleType - otype
        TissueBoxType - otype
        ToiletPaperType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        ToiletType - rtype
        ToiletPaper_bar__plus_01_dot_71_bar__plus_01_dot_47_bar__minus_02_dot_32 - object
        ToiletPaper_bar__minus_00_dot_70_bar__plus_02_dot_00_bar__minus_00_dot_67 - object
        TissueBox_bar__minus_00_dot_11_bar__plus_03_dot_30_bar__plus_01_dot_77 - object
        Candle_bar__minus_01_dot_01_bar__plus_02_dot_54_bar__minus_02_dot_08 - object
        Cloth_bar__plus_02_dot_70_bar__plus_02_dot_31_bar__plus_03_dot_28 - object
        SprayBottle_bar__minus_03_dot_12_bar__plus_01_dot_44_bar__minus_00_dot_34 - object
        Cabinet_bar__minus_03_dot_03_bar__plus_02_dot_52_bar__plus_00_dot_06 - receptacle
        Cabinet_bar__minus_02_dot_22_bar__plus_00_dot_08_bar__minus_03_dot_50 - receptacle
        Cabinet_bar__plus_01_dot_37_bar__plus_01_dot_51_bar__minus_00_dot_89 - receptacle
        CounterTop_bar__minus_01_dot_02_bar__plus_03_dot_42_bar__minus_00_dot_71 - receptacle
        GarbageCan_bar__plus_03_dot_23_bar__plus_02_dot_09_bar__minus_03_dot_34 - receptacle
        Sink_bar__plus_01_dot_40_bar__plus_01_dot_78_bar__plus_01_dot_52_bar_SinkBasin - receptacle
        Sink_bar__plus_00_dot_08_bar__plus_01_dot_37_bar__plus_01_dot_59_bar_SinkBasin - receptacle
        Toilet_bar__minus_02_dot_60_bar__plus_02_dot_14_bar__plus_02_dot_69 - receptacle
        loc_bar_2_bar_7_bar_0_bar_15 - location
        loc_bar_5_bar_5_bar_2_bar_30 - location
        loc_bar_5_bar__minus_5_bar_3_bar__minus_30 - location
        loc_bar__minus_3_bar_7_bar_2_bar_60 - location
        loc_bar__minus_3_bar__minus_9_bar_3_bar_30 - location
        loc_bar__minus_5_bar_5_bar_0_bar_30 - location
        loc_bar__minus_8_bar_8_bar_3_bar_30 - location
        loc_bar__minus_8_bar__minus_9_bar_2_bar_45 - location
        loc_bar__minus_9_bar__minus_7_bar_2_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_3_bar__minus_9_bar_3_bar_30)
        (receptacleType Cabinet_bar__minus_03_dot_03_bar__plus_02_dot_52_bar__plus_00_dot_06 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_03_dot_03_bar__plus_02_dot_52_bar__plus_00_dot_06 loc_bar_5_bar__minus_5_bar_3_bar__minus_30)
        (openable Cabinet_bar__minus_03_dot_03_bar__plus_02_dot_52_bar__plus_00_dot_06)
        (receptacleType Cabinet_bar__minus_02_dot_22_bar__plus_00_dot_08_bar__minus_03_dot_50 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_22_bar__plus_00_dot_08_bar__minus_03_dot_50 loc_bar__minus_3_bar_7_bar_2_bar_60)
        (openable Cabinet_bar__minus_02_dot_22_bar__plus_00_dot_08_bar__minus_03_dot_50)
        (receptacleType Cabinet_bar__plus_01_dot_37_bar__plus_01_dot_51_bar__minus_00_dot_89 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_37_bar__plus_01_dot_51_bar__minus_00_dot_89 loc_bar_5_bar_5_bar_2_bar_30)
        (openable Cabinet_bar__plus_01_dot_37_bar__plus_01_dot_51_bar__minus_00_dot_89)
        (receptacleType CounterTop_bar__minus_01_dot_02_bar__plus_03_dot_42_bar__minus_00_dot_71 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_02_bar__plus_03_dot_42_bar__minus_00_dot_71 loc_bar__minus_8_bar__minus_9_bar_2_bar_45)
        (receptacleType GarbageCan_bar__plus_03_dot_23_bar__plus_02_dot_09_bar__minus_03_dot_34 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_03_dot_23_bar__plus_02_dot_09_bar__minus_03_dot_34 loc_bar__minus_8_bar_8_bar_3_bar_30)
        (receptacleType Sink_bar__plus_01_dot_40_bar__plus_01_dot_78_bar__plus_01_dot_52_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_01_dot_40_bar__plus_01_dot_78_bar__plus_01_dot_52_bar_SinkBasin loc_bar__minus_5_bar_5_bar_0_bar_30)
        (receptacleType Sink_bar__plus_00_dot_08_bar__plus_01_dot_37_bar__plus_01_dot_59_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_00_dot_08_bar__plus_01_dot_37_bar__plus_01_dot_59_bar_SinkBasin loc_bar__minus_9_bar__minus_7_bar_2_bar_15)
        (receptacleType Toilet_bar__minus_02_dot_60_bar__plus_02_dot_14_bar__plus_02_dot_69 ToiletType)
        (receptacleAtLocation Toilet_bar__minus_02_dot_60_bar__plus_02_dot_14_bar__plus_02_dot_69 loc_bar_2_bar_7_bar_0_bar_15)
        (objectType ToiletPaper_bar__plus_01_dot_71_bar__plus_01_dot_47_bar__minus_02_dot_32 ToiletPaperType)
        (pickupable ToiletPaper_bar__plus_01_dot_71_bar__plus_01_dot_47_bar__minus_02_dot_32)
        (inReceptacle ToiletPaper_bar__plus_01_dot_71_bar__plus_01_dot_47_bar__minus_02_dot_32 Toilet_bar__minus_02_dot_60_bar__plus_02_dot_14_bar__plus_02_dot_69)
        (objectAtLocation ToiletPaper_bar__plus_01_dot_71_bar__plus_01_dot_47_bar__minus_02_dot_32 loc_bar_2_bar_7_bar_0_bar_15)
        (objectType ToiletPaper_bar__minus_00_dot_70_bar__plus_02_dot_00_bar__minus_00_dot_67 ToiletPaperType)
        (pickupable ToiletPaper_bar__minus_00_dot_70_bar__plus_02_dot_00_bar__minus_00_dot_67)
        (inReceptacle ToiletPaper_bar__minus_00_dot_70_bar__plus_02_dot_00_bar__minus_00_dot_67 Cabinet_bar__minus_02_dot_22_bar__plus_00_dot_08_bar__minus_03_dot_50)
        (objectAtLocation ToiletPaper_bar__minus_00_dot_70_bar__plus_02_dot_00_bar__minus_00_dot_67 loc_bar__minus_3_bar_7_bar_2_bar_60)
        (objectType TissueBox_bar__minus_00_dot_11_bar__plus_03_dot_30_bar__plus_01_dot_77 TissueBoxType)
        (pickupable TissueBox_bar__minus_00_dot_11_bar__plus_03_dot_30_bar__plus_01_dot_77)
        (inReceptacle TissueBox_bar__minus_00_dot_11_bar__plus_03_dot_30_bar__plus_01_dot_77 GarbageCan_bar__plus_03_dot_23_bar__plus_02_dot_09_bar__minus_03_dot_34)
        (objectAtLocation TissueBox_bar__minus_00_dot_11_bar__plus_03_dot_30_bar__plus_01_dot_77 loc_bar__minus_8_bar_8_bar_3_bar_30)
        (objectType Candle_bar__minus_01_dot_01_bar__plus_02_dot_54_bar__minus_02_dot_08 CandleType)
        (pickupable Candle_bar__minus_01_dot_01_bar__plus_02_dot_54_bar__minus_02_dot_08)
        (inReceptacle Candle_bar__minus_01_dot_01_bar__plus_02_dot_54_bar__minus_02_dot_08 Cabinet_bar__minus_02_dot_22_bar__plus_00_dot_08_bar__minus_03_dot_50)
        (objectAtLocation Candle_bar__minus_01_dot_01_bar__plus_02_dot_54_bar__minus_02_dot_08 loc_bar__minus_3_bar_7_bar_2_bar_60)
        (objectType Cloth_bar__plus_02_dot_70_bar__plus_02_dot_31_bar__plus_03_dot_28 ClothType)
        (pickupable Cloth_bar__plus_02_dot_70_bar__plus_02_dot_31_bar__plus_03_dot_28)
        (cleanable Cloth_bar__plus_02_dot_70_bar__plus_02_dot_31_bar__plus_03_dot_28)
        (inReceptacle Cloth_bar__plus_02_dot_70_bar__plus_02_dot_31_bar__plus_03_dot_28 GarbageCan_bar__plus_03_dot_23_bar__plus_02_dot_09_bar__minus_03_dot_34)
        (objectAtLocation Cloth_bar__plus_02_dot_70_bar__plus_02_dot_31_bar__plus_03_dot_28 loc_bar__minus_8_bar_8_bar_3_bar_30)
        (objectType SprayBottle_bar__minus_03_dot_12_bar__plus_01_dot_44_bar__minus_00_dot_34 SprayBottleType)
        (pickupable SprayBottle_bar__minus_03_dot_12_bar__plus_01_dot_44_bar__minus_00_dot_34)
        (inReceptacle SprayBottle_bar__minus_03_dot_12_bar__plus_01_dot_44_bar__minus_00_dot_34 GarbageCan_bar__plus_03_dot_23_bar__plus_02_dot_09_bar__minus_03_dot_34)
        (objectAtLocation SprayBottle_bar__minus_03_dot_12_bar__plus_01_dot_44_bar__minus_00_dot_34 loc_bar__minus_8_bar_8_bar_3_bar_30)
        (canContain CabinetType CandleType)
        (canContain CabinetType ClothType)
        (canContain CabinetType SprayBottleType)
        (canContain CabinetType TissueBoxType)
        (canContain CabinetType ToiletPaperType)
        (canContain CounterTopType CandleType)
        (canContain CounterTopType ClothType)
        (canContain CounterTopType SprayBottleType)
        (canContain CounterTopType TissueBoxType)
        (canContain CounterTopType ToiletPaperType)
        (canContain GarbageCanType ClothType)
        (canContain GarbageCanType SprayBottleType)
        (canContain GarbageCanType TissueBoxType)
        (canContain GarbageCanType ToiletPaperType)
        (canContain SinkBasinType ClothType)
        (canContain ToiletType CandleType)
        (canContain ToiletType ClothType)
        (canContain ToiletType SprayBottleType)
        (canContain ToiletType TissueBoxType)
        (canContain ToiletType ToiletPaperType)
    )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 ToiletPaperType)
                                    (receptacleType ?r CounterTopType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 ToiletPaperType)
                                            (receptacleType ?r CounterTopType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
