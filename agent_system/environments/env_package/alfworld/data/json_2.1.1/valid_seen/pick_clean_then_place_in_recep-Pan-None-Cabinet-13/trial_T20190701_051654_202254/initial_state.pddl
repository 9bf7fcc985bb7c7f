(define (problem plan_trial_T20190701_051654_202254)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CupType - otype
        KnifeType - otype
        PanType - otype
        PotatoType - otype
        SpoonType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Pan_bar__minus_00_dot_97_bar__plus_01_dot_35_bar__plus_02_dot_18 - object
        Pan_bar__plus_01_dot_70_bar__plus_01_dot_39_bar__plus_00_dot_79 - object
        Cup_bar__minus_00_dot_26_bar__plus_02_dot_42_bar__plus_01_dot_66 - object
        Potato_bar__plus_02_dot_42_bar__plus_02_dot_92_bar__plus_00_dot_83 - object
        Spoon_bar__plus_00_dot_89_bar__plus_01_dot_44_bar__minus_01_dot_02 - object
        Cabinet_bar__minus_02_dot_92_bar__plus_03_dot_07_bar__minus_01_dot_41 - receptacle
        CounterTop_bar__plus_01_dot_55_bar__plus_00_dot_74_bar__plus_02_dot_75 - receptacle
        Fridge_bar__minus_02_dot_20_bar__plus_01_dot_01_bar__minus_02_dot_05 - receptacle
        GarbageCan_bar__minus_01_dot_74_bar__plus_01_dot_22_bar__plus_01_dot_50 - receptacle
        Microwave_bar__minus_01_dot_78_bar__plus_00_dot_35_bar__minus_00_dot_18 - receptacle
        Sink_bar__plus_01_dot_99_bar__plus_01_dot_65_bar__minus_00_dot_30_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_03_dot_44_bar__plus_01_dot_99_bar__minus_01_dot_12 - receptacle
        StoveBurner_bar__plus_00_dot_26_bar__plus_00_dot_84_bar__minus_00_dot_08 - receptacle
        loc_bar_0_bar__minus_1_bar_2_bar_15 - location
        loc_bar_4_bar_6_bar_3_bar_15 - location
        loc_bar_5_bar_5_bar_2_bar_60 - location
        loc_bar_7_bar__minus_1_bar_0_bar_30 - location
        loc_bar_7_bar__minus_1_bar_3_bar_45 - location
        loc_bar_7_bar__minus_6_bar_0_bar__minus_30 - location
        loc_bar_8_bar_6_bar_2_bar__minus_30 - location
        loc_bar__minus_3_bar_5_bar_1_bar_30 - location
        loc_bar__minus_4_bar__minus_9_bar_0_bar_0 - location
    )
    (:init
        (atLocation agent1 loc_bar_8_bar_6_bar_2_bar__minus_30)
        (receptacleType Cabinet_bar__minus_02_dot_92_bar__plus_03_dot_07_bar__minus_01_dot_41 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_92_bar__plus_03_dot_07_bar__minus_01_dot_41 loc_bar_4_bar_6_bar_3_bar_15)
        (openable Cabinet_bar__minus_02_dot_92_bar__plus_03_dot_07_bar__minus_01_dot_41)
        (receptacleType CounterTop_bar__plus_01_dot_55_bar__plus_00_dot_74_bar__plus_02_dot_75 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_55_bar__plus_00_dot_74_bar__plus_02_dot_75 loc_bar_7_bar__minus_1_bar_0_bar_30)
        (receptacleType Fridge_bar__minus_02_dot_20_bar__plus_01_dot_01_bar__minus_02_dot_05 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_02_dot_20_bar__plus_01_dot_01_bar__minus_02_dot_05 loc_bar__minus_4_bar__minus_9_bar_0_bar_0)
        (openable Fridge_bar__minus_02_dot_20_bar__plus_01_dot_01_bar__minus_02_dot_05)
        (receptacleType GarbageCan_bar__minus_01_dot_74_bar__plus_01_dot_22_bar__plus_01_dot_50 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_74_bar__plus_01_dot_22_bar__plus_01_dot_50 loc_bar_7_bar__minus_1_bar_3_bar_45)
        (receptacleType Microwave_bar__minus_01_dot_78_bar__plus_00_dot_35_bar__minus_00_dot_18 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_01_dot_78_bar__plus_00_dot_35_bar__minus_00_dot_18 loc_bar_5_bar_5_bar_2_bar_60)
        (openable Microwave_bar__minus_01_dot_78_bar__plus_00_dot_35_bar__minus_00_dot_18)
        (receptacleType Sink_bar__plus_01_dot_99_bar__plus_01_dot_65_bar__minus_00_dot_30_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_01_dot_99_bar__plus_01_dot_65_bar__minus_00_dot_30_bar_SinkBasin loc_bar_0_bar__minus_1_bar_2_bar_15)
        (receptacleType StoveBurner_bar__minus_03_dot_44_bar__plus_01_dot_99_bar__minus_01_dot_12 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_03_dot_44_bar__plus_01_dot_99_bar__minus_01_dot_12 loc_bar__minus_3_bar_5_bar_1_bar_30)
        (receptacleType StoveBurner_bar__plus_00_dot_26_bar__plus_00_dot_84_bar__minus_00_dot_08 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_26_bar__plus_00_dot_84_bar__minus_00_dot_08 loc_bar_7_bar__minus_6_bar_0_bar__minus_30)
        (objectType Pan_bar__minus_00_dot_97_bar__plus_01_dot_35_bar__plus_02_dot_18 PanType)
        (pickupable Pan_bar__minus_00_dot_97_bar__plus_01_dot_35_bar__plus_02_dot_18)
        (cleanable Pan_bar__minus_00_dot_97_bar__plus_01_dot_35_bar__plus_02_dot_18)
        (coolable Pan_bar__minus_00_dot_97_bar__plus_01_dot_35_bar__plus_02_dot_18)
        (inReceptacle Pan_bar__minus_00_dot_97_bar__plus_01_dot_35_bar__plus_02_dot_18 Sink_bar__plus_01_dot_99_bar__plus_01_dot_65_bar__minus_00_dot_30_bar_SinkBasin)
        (objectAtLocation Pan_bar__minus_00_dot_97_bar__plus_01_dot_35_bar__plus_02_dot_18 loc_bar_0_bar__minus_1_bar_2_bar_15)
        (objectType Pan_bar__plus_01_dot_70_bar__plus_01_dot_39_bar__plus_00_dot_79 PanType)
        (pickupable Pan_bar__plus_01_dot_70_bar__plus_01_dot_39_bar__plus_00_dot_79)
        (cleanable Pan_bar__plus_01_dot_70_bar__plus_01_dot_39_bar__plus_00_dot_79)
        (coolable Pan_bar__plus_01_dot_70_bar__plus_01_dot_39_bar__plus_00_dot_79)
        (inReceptacle Pan_bar__plus_01_dot_70_bar__plus_01_dot_39_bar__plus_00_dot_79 StoveBurner_bar__plus_00_dot_26_bar__plus_00_dot_84_bar__minus_00_dot_08)
        (objectAtLocation Pan_bar__plus_01_dot_70_bar__plus_01_dot_39_bar__plus_00_dot_79 loc_bar_7_bar__minus_6_bar_0_bar__minus_30)
        (objectType Cup_bar__minus_00_dot_26_bar__plus_02_dot_42_bar__plus_01_dot_66 CupType)
        (pickupable Cup_bar__minus_00_dot_26_bar__plus_02_dot_42_bar__plus_01_dot_66)
        (cleanable Cup_bar__minus_00_dot_26_bar__plus_02_dot_42_bar__plus_01_dot_66)
        (heatable Cup_bar__minus_00_dot_26_bar__plus_02_dot_42_bar__plus_01_dot_66)
        (coolable Cup_bar__minus_00_dot_26_bar__plus_02_dot_42_bar__plus_01_dot_66)
        (inReceptacle Cup_bar__minus_00_dot_26_bar__plus_02_dot_42_bar__plus_01_dot_66 CounterTop_bar__plus_01_dot_55_bar__plus_00_dot_74_bar__plus_02_dot_75)
        (objectAtLocation Cup_bar__minus_00_dot_26_bar__plus_02_dot_42_bar__plus_01_dot_66 loc_bar_7_bar__minus_1_bar_0_bar_30)
        (objectType Potato_bar__plus_02_dot_42_bar__plus_02_dot_92_bar__plus_00_dot_83 PotatoType)
        (pickupable Potato_bar__plus_02_dot_42_bar__plus_02_dot_92_bar__plus_00_dot_83)
        (cleanable Potato_bar__plus_02_dot_42_bar__plus_02_dot_92_bar__plus_00_dot_83)
        (heatable Potato_bar__plus_02_dot_42_bar__plus_02_dot_92_bar__plus_00_dot_83)
        (coolable Potato_bar__plus_02_dot_42_bar__plus_02_dot_92_bar__plus_00_dot_83)
        (inReceptacle Potato_bar__plus_02_dot_42_bar__plus_02_dot_92_bar__plus_00_dot_83 Microwave_bar__minus_01_dot_78_bar__plus_00_dot_35_bar__minus_00_dot_18)
        (objectAtLocation Potato_bar__plus_02_dot_42_bar__plus_02_dot_92_bar__plus_00_dot_83 loc_bar_5_bar_5_bar_2_bar_60)
        (objectType Spoon_bar__plus_00_dot_89_bar__plus_01_dot_44_bar__minus_01_dot_02 SpoonType)
        (pickupable Spoon_bar__plus_00_dot_89_bar__plus_01_dot_44_bar__minus_01_dot_02)
        (cleanable Spoon_bar__plus_00_dot_89_bar__plus_01_dot_44_bar__minus_01_dot_02)
        (inReceptacle Spoon_bar__plus_00_dot_89_bar__plus_01_dot_44_bar__minus_01_dot_02 Sink_bar__plus_01_dot_99_bar__plus_01_dot_65_bar__minus_00_dot_30_bar_SinkBasin)
        (objectAtLocation Spoon_bar__plus_00_dot_89_bar__plus_01_dot_44_bar__minus_01_dot_02 loc_bar_0_bar__minus_1_bar_2_bar_15)
        (canContain CabinetType CupType)
        (canContain CabinetType PanType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType PotatoType)
        (canContain CounterTopType SpoonType)
        (canContain FridgeType CupType)
        (canContain FridgeType PanType)
        (canContain FridgeType PotatoType)
        (canContain GarbageCanType PotatoType)
        (canContain MicrowaveType CupType)
        (canContain MicrowaveType PotatoType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType PotatoType)
        (canContain SinkBasinType SpoonType)
        (canContain StoveBurnerType PanType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o PanType)
                            (receptacleType ?r CabinetType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
