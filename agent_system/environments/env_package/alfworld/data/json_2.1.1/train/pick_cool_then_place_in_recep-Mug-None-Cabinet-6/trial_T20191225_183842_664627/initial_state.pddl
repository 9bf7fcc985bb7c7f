(define (problem plan_trial_T20191225_183842_664627)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        DishSpongeType - otype
        KnifeType - otype
        LadleType - otype
        MugType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        Mug_bar__plus_03_dot_16_bar__plus_00_dot_80_bar__minus_00_dot_73 - object
        ButterKnife_bar__minus_00_dot_68_bar__plus_00_dot_30_bar__minus_00_dot_45 - object
        Ladle_bar__plus_01_dot_50_bar__plus_01_dot_35_bar__plus_02_dot_37 - object
        DishSponge_bar__minus_02_dot_60_bar__plus_01_dot_69_bar__minus_01_dot_47 - object
        Cabinet_bar__plus_01_dot_02_bar__plus_02_dot_23_bar__plus_02_dot_74 - receptacle
        CounterTop_bar__minus_00_dot_52_bar__plus_01_dot_48_bar__plus_02_dot_50 - receptacle
        CounterTop_bar__minus_01_dot_34_bar__plus_00_dot_35_bar__minus_00_dot_54 - receptacle
        Fridge_bar__plus_01_dot_35_bar__plus_03_dot_03_bar__plus_02_dot_68 - receptacle
        Microwave_bar__plus_02_dot_11_bar__plus_01_dot_40_bar__plus_00_dot_98 - receptacle
        Shelf_bar__minus_01_dot_69_bar__plus_02_dot_81_bar__minus_00_dot_97 - receptacle
        Sink_bar__minus_01_dot_24_bar__plus_02_dot_02_bar__minus_01_dot_07_bar_SinkBasin - receptacle
        loc_bar_1_bar_7_bar_1_bar_30 - location
        loc_bar_2_bar__minus_2_bar_2_bar_0 - location
        loc_bar_3_bar_9_bar_1_bar_15 - location
        loc_bar_4_bar_6_bar_0_bar_0 - location
        loc_bar_4_bar_9_bar_1_bar_45 - location
        loc_bar_7_bar_1_bar_1_bar_15 - location
        loc_bar__minus_5_bar_1_bar_1_bar_15 - location
        loc_bar__minus_8_bar_5_bar_3_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar_4_bar_9_bar_1_bar_45)
        (receptacleType Cabinet_bar__plus_01_dot_02_bar__plus_02_dot_23_bar__plus_02_dot_74 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_02_bar__plus_02_dot_23_bar__plus_02_dot_74 loc_bar_7_bar_1_bar_1_bar_15)
        (openable Cabinet_bar__plus_01_dot_02_bar__plus_02_dot_23_bar__plus_02_dot_74)
        (receptacleType CounterTop_bar__minus_00_dot_52_bar__plus_01_dot_48_bar__plus_02_dot_50 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_00_dot_52_bar__plus_01_dot_48_bar__plus_02_dot_50 loc_bar_2_bar__minus_2_bar_2_bar_0)
        (receptacleType CounterTop_bar__minus_01_dot_34_bar__plus_00_dot_35_bar__minus_00_dot_54 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_34_bar__plus_00_dot_35_bar__minus_00_dot_54 loc_bar__minus_8_bar_5_bar_3_bar_15)
        (receptacleType Fridge_bar__plus_01_dot_35_bar__plus_03_dot_03_bar__plus_02_dot_68 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_01_dot_35_bar__plus_03_dot_03_bar__plus_02_dot_68 loc_bar_3_bar_9_bar_1_bar_15)
        (openable Fridge_bar__plus_01_dot_35_bar__plus_03_dot_03_bar__plus_02_dot_68)
        (receptacleType Microwave_bar__plus_02_dot_11_bar__plus_01_dot_40_bar__plus_00_dot_98 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_02_dot_11_bar__plus_01_dot_40_bar__plus_00_dot_98 loc_bar_4_bar_6_bar_0_bar_0)
        (openable Microwave_bar__plus_02_dot_11_bar__plus_01_dot_40_bar__plus_00_dot_98)
        (receptacleType Shelf_bar__minus_01_dot_69_bar__plus_02_dot_81_bar__minus_00_dot_97 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_01_dot_69_bar__plus_02_dot_81_bar__minus_00_dot_97 loc_bar__minus_5_bar_1_bar_1_bar_15)
        (receptacleType Sink_bar__minus_01_dot_24_bar__plus_02_dot_02_bar__minus_01_dot_07_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_01_dot_24_bar__plus_02_dot_02_bar__minus_01_dot_07_bar_SinkBasin loc_bar_1_bar_7_bar_1_bar_30)
        (objectType Mug_bar__plus_03_dot_16_bar__plus_00_dot_80_bar__minus_00_dot_73 MugType)
        (pickupable Mug_bar__plus_03_dot_16_bar__plus_00_dot_80_bar__minus_00_dot_73)
        (cleanable Mug_bar__plus_03_dot_16_bar__plus_00_dot_80_bar__minus_00_dot_73)
        (heatable Mug_bar__plus_03_dot_16_bar__plus_00_dot_80_bar__minus_00_dot_73)
        (coolable Mug_bar__plus_03_dot_16_bar__plus_00_dot_80_bar__minus_00_dot_73)
        (inReceptacle Mug_bar__plus_03_dot_16_bar__plus_00_dot_80_bar__minus_00_dot_73 Sink_bar__minus_01_dot_24_bar__plus_02_dot_02_bar__minus_01_dot_07_bar_SinkBasin)
        (objectAtLocation Mug_bar__plus_03_dot_16_bar__plus_00_dot_80_bar__minus_00_dot_73 loc_bar_1_bar_7_bar_1_bar_30)
        (objectType ButterKnife_bar__minus_00_dot_68_bar__plus_00_dot_30_bar__minus_00_dot_45 ButterKnifeType)
        (pickupable ButterKnife_bar__minus_00_dot_68_bar__plus_00_dot_30_bar__minus_00_dot_45)
        (cleanable ButterKnife_bar__minus_00_dot_68_bar__plus_00_dot_30_bar__minus_00_dot_45)
        (inReceptacle ButterKnife_bar__minus_00_dot_68_bar__plus_00_dot_30_bar__minus_00_dot_45 Sink_bar__minus_01_dot_24_bar__plus_02_dot_02_bar__minus_01_dot_07_bar_SinkBasin)
        (objectAtLocation ButterKnife_bar__minus_00_dot_68_bar__plus_00_dot_30_bar__minus_00_dot_45 loc_bar_1_bar_7_bar_1_bar_30)
        (objectType Ladle_bar__plus_01_dot_50_bar__plus_01_dot_35_bar__plus_02_dot_37 LadleType)
        (pickupable Ladle_bar__plus_01_dot_50_bar__plus_01_dot_35_bar__plus_02_dot_37)
        (cleanable Ladle_bar__plus_01_dot_50_bar__plus_01_dot_35_bar__plus_02_dot_37)
        (inReceptacle Ladle_bar__plus_01_dot_50_bar__plus_01_dot_35_bar__plus_02_dot_37 CounterTop_bar__minus_01_dot_34_bar__plus_00_dot_35_bar__minus_00_dot_54)
        (objectAtLocation Ladle_bar__plus_01_dot_50_bar__plus_01_dot_35_bar__plus_02_dot_37 loc_bar__minus_8_bar_5_bar_3_bar_15)
        (objectType DishSponge_bar__minus_02_dot_60_bar__plus_01_dot_69_bar__minus_01_dot_47 DishSpongeType)
        (pickupable DishSponge_bar__minus_02_dot_60_bar__plus_01_dot_69_bar__minus_01_dot_47)
        (cleanable DishSponge_bar__minus_02_dot_60_bar__plus_01_dot_69_bar__minus_01_dot_47)
        (inReceptacle DishSponge_bar__minus_02_dot_60_bar__plus_01_dot_69_bar__minus_01_dot_47 CounterTop_bar__minus_01_dot_34_bar__plus_00_dot_35_bar__minus_00_dot_54)
        (objectAtLocation DishSponge_bar__minus_02_dot_60_bar__plus_01_dot_69_bar__minus_01_dot_47 loc_bar__minus_8_bar_5_bar_3_bar_15)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType LadleType)
        (canContain CabinetType MugType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType LadleType)
        (canContain CounterTopType MugType)
        (canContain FridgeType MugType)
        (canContain MicrowaveType MugType)
        (canContain ShelfType DishSpongeType)
        (canContain ShelfType MugType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType LadleType)
        (canContain SinkBasinType MugType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o MugType)
                            (receptacleType ?r CabinetType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
