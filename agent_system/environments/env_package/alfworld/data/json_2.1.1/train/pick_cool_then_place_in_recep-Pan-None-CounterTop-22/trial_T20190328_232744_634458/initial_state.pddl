(define (problem plan_trial_T20190328_232744_634458)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        KnifeType - otype
        PanType - otype
        SpatulaType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Pan_bar__plus_01_dot_27_bar__plus_01_dot_53_bar__plus_01_dot_30 - object
        ButterKnife_bar__minus_02_dot_15_bar__plus_02_dot_76_bar__minus_01_dot_14 - object
        Spatula_bar__plus_00_dot_90_bar__plus_00_dot_33_bar__plus_02_dot_49 - object
        Cabinet_bar__minus_02_dot_89_bar__plus_02_dot_96_bar__minus_01_dot_48 - receptacle
        Cabinet_bar__plus_01_dot_63_bar__plus_02_dot_14_bar__plus_01_dot_84 - receptacle
        CounterTop_bar__minus_02_dot_74_bar__plus_03_dot_28_bar__plus_01_dot_77 - receptacle
        Fridge_bar__plus_01_dot_41_bar__plus_03_dot_16_bar__plus_00_dot_84 - receptacle
        Microwave_bar__plus_03_dot_09_bar__plus_00_dot_05_bar__minus_02_dot_41 - receptacle
        Shelf_bar__minus_01_dot_98_bar__plus_02_dot_79_bar__minus_03_dot_03 - receptacle
        Sink_bar__plus_03_dot_03_bar__plus_02_dot_76_bar__minus_02_dot_76_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_02_dot_61_bar__plus_00_dot_81_bar__plus_01_dot_93 - receptacle
        loc_bar_2_bar_1_bar_2_bar_45 - location
        loc_bar_2_bar__minus_1_bar_3_bar_30 - location
        loc_bar_5_bar__minus_9_bar_0_bar_45 - location
        loc_bar__minus_1_bar_9_bar_1_bar_0 - location
        loc_bar__minus_2_bar_3_bar_1_bar_15 - location
        loc_bar__minus_2_bar__minus_4_bar_2_bar_60 - location
        loc_bar__minus_5_bar_7_bar_0_bar_60 - location
        loc_bar__minus_8_bar_3_bar_0_bar__minus_30 - location
        loc_bar__minus_9_bar__minus_3_bar_3_bar_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_2_bar_1_bar_2_bar_45)
        (receptacleType Cabinet_bar__minus_02_dot_89_bar__plus_02_dot_96_bar__minus_01_dot_48 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_89_bar__plus_02_dot_96_bar__minus_01_dot_48 loc_bar__minus_1_bar_9_bar_1_bar_0)
        (openable Cabinet_bar__minus_02_dot_89_bar__plus_02_dot_96_bar__minus_01_dot_48)
        (receptacleType Cabinet_bar__plus_01_dot_63_bar__plus_02_dot_14_bar__plus_01_dot_84 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_63_bar__plus_02_dot_14_bar__plus_01_dot_84 loc_bar__minus_2_bar_3_bar_1_bar_15)
        (openable Cabinet_bar__plus_01_dot_63_bar__plus_02_dot_14_bar__plus_01_dot_84)
        (receptacleType CounterTop_bar__minus_02_dot_74_bar__plus_03_dot_28_bar__plus_01_dot_77 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_02_dot_74_bar__plus_03_dot_28_bar__plus_01_dot_77 loc_bar__minus_9_bar__minus_3_bar_3_bar_30)
        (receptacleType Fridge_bar__plus_01_dot_41_bar__plus_03_dot_16_bar__plus_00_dot_84 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_01_dot_41_bar__plus_03_dot_16_bar__plus_00_dot_84 loc_bar__minus_2_bar__minus_4_bar_2_bar_60)
        (openable Fridge_bar__plus_01_dot_41_bar__plus_03_dot_16_bar__plus_00_dot_84)
        (receptacleType Microwave_bar__plus_03_dot_09_bar__plus_00_dot_05_bar__minus_02_dot_41 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_03_dot_09_bar__plus_00_dot_05_bar__minus_02_dot_41 loc_bar__minus_8_bar_3_bar_0_bar__minus_30)
        (openable Microwave_bar__plus_03_dot_09_bar__plus_00_dot_05_bar__minus_02_dot_41)
        (receptacleType Shelf_bar__minus_01_dot_98_bar__plus_02_dot_79_bar__minus_03_dot_03 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_01_dot_98_bar__plus_02_dot_79_bar__minus_03_dot_03 loc_bar_2_bar__minus_1_bar_3_bar_30)
        (receptacleType Sink_bar__plus_03_dot_03_bar__plus_02_dot_76_bar__minus_02_dot_76_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_03_dot_03_bar__plus_02_dot_76_bar__minus_02_dot_76_bar_SinkBasin loc_bar__minus_5_bar_7_bar_0_bar_60)
        (receptacleType StoveBurner_bar__minus_02_dot_61_bar__plus_00_dot_81_bar__plus_01_dot_93 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_61_bar__plus_00_dot_81_bar__plus_01_dot_93 loc_bar_5_bar__minus_9_bar_0_bar_45)
        (objectType Pan_bar__plus_01_dot_27_bar__plus_01_dot_53_bar__plus_01_dot_30 PanType)
        (pickupable Pan_bar__plus_01_dot_27_bar__plus_01_dot_53_bar__plus_01_dot_30)
        (cleanable Pan_bar__plus_01_dot_27_bar__plus_01_dot_53_bar__plus_01_dot_30)
        (coolable Pan_bar__plus_01_dot_27_bar__plus_01_dot_53_bar__plus_01_dot_30)
        (inReceptacle Pan_bar__plus_01_dot_27_bar__plus_01_dot_53_bar__plus_01_dot_30 StoveBurner_bar__minus_02_dot_61_bar__plus_00_dot_81_bar__plus_01_dot_93)
        (objectAtLocation Pan_bar__plus_01_dot_27_bar__plus_01_dot_53_bar__plus_01_dot_30 loc_bar_5_bar__minus_9_bar_0_bar_45)
        (objectType ButterKnife_bar__minus_02_dot_15_bar__plus_02_dot_76_bar__minus_01_dot_14 ButterKnifeType)
        (pickupable ButterKnife_bar__minus_02_dot_15_bar__plus_02_dot_76_bar__minus_01_dot_14)
        (cleanable ButterKnife_bar__minus_02_dot_15_bar__plus_02_dot_76_bar__minus_01_dot_14)
        (inReceptacle ButterKnife_bar__minus_02_dot_15_bar__plus_02_dot_76_bar__minus_01_dot_14 Sink_bar__plus_03_dot_03_bar__plus_02_dot_76_bar__minus_02_dot_76_bar_SinkBasin)
        (objectAtLocation ButterKnife_bar__minus_02_dot_15_bar__plus_02_dot_76_bar__minus_01_dot_14 loc_bar__minus_5_bar_7_bar_0_bar_60)
        (objectType Spatula_bar__plus_00_dot_90_bar__plus_00_dot_33_bar__plus_02_dot_49 SpatulaType)
        (pickupable Spatula_bar__plus_00_dot_90_bar__plus_00_dot_33_bar__plus_02_dot_49)
        (cleanable Spatula_bar__plus_00_dot_90_bar__plus_00_dot_33_bar__plus_02_dot_49)
        (inReceptacle Spatula_bar__plus_00_dot_90_bar__plus_00_dot_33_bar__plus_02_dot_49 CounterTop_bar__minus_02_dot_74_bar__plus_03_dot_28_bar__plus_01_dot_77)
        (objectAtLocation Spatula_bar__plus_00_dot_90_bar__plus_00_dot_33_bar__plus_02_dot_49 loc_bar__minus_9_bar__minus_3_bar_3_bar_30)
        (canContain CabinetType PanType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType SpatulaType)
        (canContain FridgeType PanType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType SpatulaType)
        (canContain StoveBurnerType PanType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o PanType)
                            (receptacleType ?r CounterTopType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
