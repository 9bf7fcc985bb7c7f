(define (problem plan_trial_T20190625_201150_729914)
    (:domain alfred)
    (:objects
        agent1 - agent
        BreadType - otype
        ButterKnifeType - otype
        DishSpongeType - otype
        ForkType - otype
        KnifeType - otype
        LadleType - otype
        PanType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        Ladle_bar__minus_03_dot_43_bar__plus_00_dot_85_bar__minus_00_dot_71 - object
        Ladle_bar__plus_02_dot_12_bar__plus_02_dot_20_bar__minus_02_dot_24 - object
        Pan_bar__minus_01_dot_41_bar__plus_00_dot_12_bar__plus_01_dot_65 - object
        Fork_bar__plus_02_dot_54_bar__plus_00_dot_77_bar__plus_01_dot_57 - object
        DishSponge_bar__plus_00_dot_89_bar__plus_02_dot_70_bar__minus_02_dot_15 - object
        Bread_bar__plus_00_dot_41_bar__plus_02_dot_19_bar__minus_03_dot_05 - object
        Knife_bar__plus_01_dot_78_bar__plus_01_dot_16_bar__minus_00_dot_83 - object
        Cabinet_bar__plus_03_dot_37_bar__plus_02_dot_40_bar__minus_01_dot_06 - receptacle
        CounterTop_bar__minus_01_dot_83_bar__plus_01_dot_04_bar__minus_01_dot_04 - receptacle
        CounterTop_bar__minus_02_dot_56_bar__plus_02_dot_62_bar__minus_00_dot_65 - receptacle
        Fridge_bar__plus_00_dot_96_bar__plus_01_dot_81_bar__plus_01_dot_12 - receptacle
        GarbageCan_bar__plus_00_dot_88_bar__plus_01_dot_67_bar__plus_01_dot_09 - receptacle
        Microwave_bar__plus_00_dot_05_bar__plus_03_dot_28_bar__minus_00_dot_70 - receptacle
        Sink_bar__plus_03_dot_05_bar__plus_02_dot_63_bar__minus_03_dot_01_bar_SinkBasin - receptacle
        loc_bar_3_bar__minus_5_bar_3_bar__minus_30 - location
        loc_bar_7_bar_2_bar_0_bar_45 - location
        loc_bar_7_bar_2_bar_1_bar_0 - location
        loc_bar__minus_1_bar__minus_7_bar_0_bar_15 - location
        loc_bar__minus_2_bar__minus_8_bar_0_bar_15 - location
        loc_bar__minus_3_bar_3_bar_0_bar_60 - location
        loc_bar__minus_4_bar_9_bar_0_bar_0 - location
        loc_bar__minus_7_bar_9_bar_0_bar_30 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_4_bar_9_bar_0_bar_0)
        (receptacleType Cabinet_bar__plus_03_dot_37_bar__plus_02_dot_40_bar__minus_01_dot_06 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_03_dot_37_bar__plus_02_dot_40_bar__minus_01_dot_06 loc_bar_7_bar_2_bar_0_bar_45)
        (openable Cabinet_bar__plus_03_dot_37_bar__plus_02_dot_40_bar__minus_01_dot_06)
        (receptacleType CounterTop_bar__minus_01_dot_83_bar__plus_01_dot_04_bar__minus_01_dot_04 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_83_bar__plus_01_dot_04_bar__minus_01_dot_04 loc_bar_3_bar__minus_5_bar_3_bar__minus_30)
        (receptacleType CounterTop_bar__minus_02_dot_56_bar__plus_02_dot_62_bar__minus_00_dot_65 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_02_dot_56_bar__plus_02_dot_62_bar__minus_00_dot_65 loc_bar__minus_3_bar_3_bar_0_bar_60)
        (receptacleType Fridge_bar__plus_00_dot_96_bar__plus_01_dot_81_bar__plus_01_dot_12 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_00_dot_96_bar__plus_01_dot_81_bar__plus_01_dot_12 loc_bar__minus_1_bar__minus_7_bar_0_bar_15)
        (openable Fridge_bar__plus_00_dot_96_bar__plus_01_dot_81_bar__plus_01_dot_12)
        (receptacleType GarbageCan_bar__plus_00_dot_88_bar__plus_01_dot_67_bar__plus_01_dot_09 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_00_dot_88_bar__plus_01_dot_67_bar__plus_01_dot_09 loc_bar_7_bar_2_bar_1_bar_0)
        (receptacleType Microwave_bar__plus_00_dot_05_bar__plus_03_dot_28_bar__minus_00_dot_70 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_00_dot_05_bar__plus_03_dot_28_bar__minus_00_dot_70 loc_bar__minus_7_bar_9_bar_0_bar_30)
        (openable Microwave_bar__plus_00_dot_05_bar__plus_03_dot_28_bar__minus_00_dot_70)
        (receptacleType Sink_bar__plus_03_dot_05_bar__plus_02_dot_63_bar__minus_03_dot_01_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_03_dot_05_bar__plus_02_dot_63_bar__minus_03_dot_01_bar_SinkBasin loc_bar__minus_2_bar__minus_8_bar_0_bar_15)
        (objectType Ladle_bar__minus_03_dot_43_bar__plus_00_dot_85_bar__minus_00_dot_71 LadleType)
        (pickupable Ladle_bar__minus_03_dot_43_bar__plus_00_dot_85_bar__minus_00_dot_71)
        (cleanable Ladle_bar__minus_03_dot_43_bar__plus_00_dot_85_bar__minus_00_dot_71)
        (inReceptacle Ladle_bar__minus_03_dot_43_bar__plus_00_dot_85_bar__minus_00_dot_71 CounterTop_bar__minus_01_dot_83_bar__plus_01_dot_04_bar__minus_01_dot_04)
        (objectAtLocation Ladle_bar__minus_03_dot_43_bar__plus_00_dot_85_bar__minus_00_dot_71 loc_bar_3_bar__minus_5_bar_3_bar__minus_30)
        (objectType Ladle_bar__plus_02_dot_12_bar__plus_02_dot_20_bar__minus_02_dot_24 LadleType)
        (pickupable Ladle_bar__plus_02_dot_12_bar__plus_02_dot_20_bar__minus_02_dot_24)
        (cleanable Ladle_bar__plus_02_dot_12_bar__plus_02_dot_20_bar__minus_02_dot_24)
        (inReceptacle Ladle_bar__plus_02_dot_12_bar__plus_02_dot_20_bar__minus_02_dot_24 CounterTop_bar__minus_02_dot_56_bar__plus_02_dot_62_bar__minus_00_dot_65)
        (objectAtLocation Ladle_bar__plus_02_dot_12_bar__plus_02_dot_20_bar__minus_02_dot_24 loc_bar__minus_3_bar_3_bar_0_bar_60)
        (objectType Pan_bar__minus_01_dot_41_bar__plus_00_dot_12_bar__plus_01_dot_65 PanType)
        (pickupable Pan_bar__minus_01_dot_41_bar__plus_00_dot_12_bar__plus_01_dot_65)
        (cleanable Pan_bar__minus_01_dot_41_bar__plus_00_dot_12_bar__plus_01_dot_65)
        (coolable Pan_bar__minus_01_dot_41_bar__plus_00_dot_12_bar__plus_01_dot_65)
        (inReceptacle Pan_bar__minus_01_dot_41_bar__plus_00_dot_12_bar__plus_01_dot_65 CounterTop_bar__minus_02_dot_56_bar__plus_02_dot_62_bar__minus_00_dot_65)
        (objectAtLocation Pan_bar__minus_01_dot_41_bar__plus_00_dot_12_bar__plus_01_dot_65 loc_bar__minus_3_bar_3_bar_0_bar_60)
        (objectType Fork_bar__plus_02_dot_54_bar__plus_00_dot_77_bar__plus_01_dot_57 ForkType)
        (pickupable Fork_bar__plus_02_dot_54_bar__plus_00_dot_77_bar__plus_01_dot_57)
        (cleanable Fork_bar__plus_02_dot_54_bar__plus_00_dot_77_bar__plus_01_dot_57)
        (inReceptacle Fork_bar__plus_02_dot_54_bar__plus_00_dot_77_bar__plus_01_dot_57 CounterTop_bar__minus_02_dot_56_bar__plus_02_dot_62_bar__minus_00_dot_65)
        (objectAtLocation Fork_bar__plus_02_dot_54_bar__plus_00_dot_77_bar__plus_01_dot_57 loc_bar__minus_3_bar_3_bar_0_bar_60)
        (objectType DishSponge_bar__plus_00_dot_89_bar__plus_02_dot_70_bar__minus_02_dot_15 DishSpongeType)
        (pickupable DishSponge_bar__plus_00_dot_89_bar__plus_02_dot_70_bar__minus_02_dot_15)
        (cleanable DishSponge_bar__plus_00_dot_89_bar__plus_02_dot_70_bar__minus_02_dot_15)
        (inReceptacle DishSponge_bar__plus_00_dot_89_bar__plus_02_dot_70_bar__minus_02_dot_15 CounterTop_bar__minus_02_dot_56_bar__plus_02_dot_62_bar__minus_00_dot_65)
        (objectAtLocation DishSponge_bar__plus_00_dot_89_bar__plus_02_dot_70_bar__minus_02_dot_15 loc_bar__minus_3_bar_3_bar_0_bar_60)
        (objectType Bread_bar__plus_00_dot_41_bar__plus_02_dot_19_bar__minus_03_dot_05 BreadType)
        (pickupable Bread_bar__plus_00_dot_41_bar__plus_02_dot_19_bar__minus_03_dot_05)
        (heatable Bread_bar__plus_00_dot_41_bar__plus_02_dot_19_bar__minus_03_dot_05)
        (coolable Bread_bar__plus_00_dot_41_bar__plus_02_dot_19_bar__minus_03_dot_05)
        (inReceptacle Bread_bar__plus_00_dot_41_bar__plus_02_dot_19_bar__minus_03_dot_05 Microwave_bar__plus_00_dot_05_bar__plus_03_dot_28_bar__minus_00_dot_70)
        (objectAtLocation Bread_bar__plus_00_dot_41_bar__plus_02_dot_19_bar__minus_03_dot_05 loc_bar__minus_7_bar_9_bar_0_bar_30)
        (objectType Knife_bar__plus_01_dot_78_bar__plus_01_dot_16_bar__minus_00_dot_83 KnifeType)
        (pickupable Knife_bar__plus_01_dot_78_bar__plus_01_dot_16_bar__minus_00_dot_83)
        (cleanable Knife_bar__plus_01_dot_78_bar__plus_01_dot_16_bar__minus_00_dot_83)
        (inReceptacle Knife_bar__plus_01_dot_78_bar__plus_01_dot_16_bar__minus_00_dot_83 Sink_bar__plus_03_dot_05_bar__plus_02_dot_63_bar__minus_03_dot_01_bar_SinkBasin)
        (objectAtLocation Knife_bar__plus_01_dot_78_bar__plus_01_dot_16_bar__minus_00_dot_83 loc_bar__minus_2_bar__minus_8_bar_0_bar_15)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType LadleType)
        (canContain CabinetType PanType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType ForkType)
        (canContain CounterTopType KnifeType)
        (canContain CounterTopType LadleType)
        (canContain CounterTopType PanType)
        (canContain FridgeType BreadType)
        (canContain FridgeType PanType)
        (canContain GarbageCanType BreadType)
        (canContain GarbageCanType DishSpongeType)
        (canContain MicrowaveType BreadType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType ForkType)
        (canContain SinkBasinType KnifeType)
        (canContain SinkBasinType LadleType)
        (canContain SinkBasinType PanType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o LadleType)
                            (receptacleType ?r CabinetType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
