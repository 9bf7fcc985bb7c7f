(define (problem plan_trial_T20191012_200125_046080)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        EggType - otype
        KnifeType - otype
        SpatulaType - otype
        TomatoType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DiningTableType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        Tomato_bar__plus_03_dot_40_bar__plus_00_dot_99_bar__minus_00_dot_48 - object
        Egg_bar__plus_03_dot_47_bar__plus_01_dot_75_bar__plus_02_dot_13 - object
        Spatula_bar__plus_01_dot_84_bar__plus_03_dot_40_bar__plus_02_dot_01 - object
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
        loc_bar_5_bar__minus_5_bar_0_bar_60 - location
        loc_bar_6_bar_4_bar_1_bar_30 - location
        loc_bar_7_bar__minus_1_bar_0_bar_0 - location
        loc_bar_8_bar__minus_3_bar_3_bar__minus_30 - location
        loc_bar_9_bar__minus_4_bar_3_bar_30 - location
        loc_bar__minus_7_bar_0_bar_3_bar_0 - location
    )
    (:init
        (atLocation agent1 loc_bar_7_bar__minus_1_bar_0_bar_0)
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
        (objectType Tomato_bar__plus_03_dot_40_bar__plus_00_dot_99_bar__minus_00_dot_48 TomatoType)
        (pickupable Tomato_bar__plus_03_dot_40_bar__plus_00_dot_99_bar__minus_00_dot_48)
        (cleanable Tomato_bar__plus_03_dot_40_bar__plus_00_dot_99_bar__minus_00_dot_48)
        (heatable Tomato_bar__plus_03_dot_40_bar__plus_00_dot_99_bar__minus_00_dot_48)
        (coolable Tomato_bar__plus_03_dot_40_bar__plus_00_dot_99_bar__minus_00_dot_48)
        (inReceptacle Tomato_bar__plus_03_dot_40_bar__plus_00_dot_99_bar__minus_00_dot_48 Sink_bar__minus_01_dot_79_bar__plus_02_dot_31_bar__minus_01_dot_55_bar_SinkBasin)
        (objectAtLocation Tomato_bar__plus_03_dot_40_bar__plus_00_dot_99_bar__minus_00_dot_48 loc_bar_0_bar__minus_5_bar_3_bar_30)
        (objectType Egg_bar__plus_03_dot_47_bar__plus_01_dot_75_bar__plus_02_dot_13 EggType)
        (pickupable Egg_bar__plus_03_dot_47_bar__plus_01_dot_75_bar__plus_02_dot_13)
        (cleanable Egg_bar__plus_03_dot_47_bar__plus_01_dot_75_bar__plus_02_dot_13)
        (heatable Egg_bar__plus_03_dot_47_bar__plus_01_dot_75_bar__plus_02_dot_13)
        (coolable Egg_bar__plus_03_dot_47_bar__plus_01_dot_75_bar__plus_02_dot_13)
        (inReceptacle Egg_bar__plus_03_dot_47_bar__plus_01_dot_75_bar__plus_02_dot_13 Microwave_bar__minus_02_dot_60_bar__plus_02_dot_82_bar__plus_02_dot_87)
        (objectAtLocation Egg_bar__plus_03_dot_47_bar__plus_01_dot_75_bar__plus_02_dot_13 loc_bar_9_bar__minus_4_bar_3_bar_30)
        (objectType Spatula_bar__plus_01_dot_84_bar__plus_03_dot_40_bar__plus_02_dot_01 SpatulaType)
        (pickupable Spatula_bar__plus_01_dot_84_bar__plus_03_dot_40_bar__plus_02_dot_01)
        (cleanable Spatula_bar__plus_01_dot_84_bar__plus_03_dot_40_bar__plus_02_dot_01)
        (inReceptacle Spatula_bar__plus_01_dot_84_bar__plus_03_dot_40_bar__plus_02_dot_01 DiningTable_bar__plus_03_dot_24_bar__plus_00_dot_04_bar__minus_01_dot_98)
        (objectAtLocation Spatula_bar__plus_01_dot_84_bar__plus_03_dot_40_bar__plus_02_dot_01 loc_bar_5_bar__minus_5_bar_0_bar_60)
        (canContain CounterTopType EggType)
        (canContain CounterTopType SpatulaType)
        (canContain CounterTopType TomatoType)
        (canContain DiningTableType EggType)
        (canContain DiningTableType SpatulaType)
        (canContain DiningTableType TomatoType)
        (canContain FridgeType EggType)
        (canContain FridgeType TomatoType)
        (canContain GarbageCanType EggType)
        (canContain GarbageCanType TomatoType)
        (canContain MicrowaveType EggType)
        (canContain MicrowaveType TomatoType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType SpatulaType)
        (canContain SinkBasinType TomatoType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o TomatoType)
                            (receptacleType ?r FridgeType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
