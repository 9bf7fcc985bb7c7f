(define (problem plan_trial_T20191111_225429_528815)
    (:domain alfred)
    (:objects
        agent1 - agent
        BreadType - otype
        ButterKnifeType - otype
        DishSpongeType - otype
        EggType - otype
        KnifeType - otype
        PepperShakerType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DiningTableType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        DishSponge_bar__minus_03_dot_01_bar__plus_02_dot_63_bar__plus_01_dot_58 - object
        DishSponge_bar__plus_00_dot_51_bar__plus_02_dot_89_bar__minus_02_dot_69 - object
        Egg_bar__plus_01_dot_41_bar__plus_02_dot_46_bar__plus_00_dot_05 - object
        PepperShaker_bar__plus_03_dot_30_bar__plus_01_dot_01_bar__minus_01_dot_37 - object
        Bread_bar__minus_02_dot_86_bar__plus_02_dot_63_bar__minus_01_dot_65 - object
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
        loc_bar_2_bar_0_bar_1_bar_15 - location
        loc_bar_5_bar__minus_5_bar_0_bar_60 - location
        loc_bar_6_bar_4_bar_1_bar_30 - location
        loc_bar_8_bar__minus_3_bar_3_bar__minus_30 - location
        loc_bar_9_bar__minus_4_bar_3_bar_30 - location
        loc_bar__minus_7_bar_0_bar_3_bar_0 - location
    )
    (:init
        (atLocation agent1 loc_bar_2_bar_0_bar_1_bar_15)
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
        (objectType DishSponge_bar__minus_03_dot_01_bar__plus_02_dot_63_bar__plus_01_dot_58 DishSpongeType)
        (pickupable DishSponge_bar__minus_03_dot_01_bar__plus_02_dot_63_bar__plus_01_dot_58)
        (cleanable DishSponge_bar__minus_03_dot_01_bar__plus_02_dot_63_bar__plus_01_dot_58)
        (inReceptacle DishSponge_bar__minus_03_dot_01_bar__plus_02_dot_63_bar__plus_01_dot_58 DiningTable_bar__plus_03_dot_24_bar__plus_00_dot_04_bar__minus_01_dot_98)
        (objectAtLocation DishSponge_bar__minus_03_dot_01_bar__plus_02_dot_63_bar__plus_01_dot_58 loc_bar_5_bar__minus_5_bar_0_bar_60)
        (objectType DishSponge_bar__plus_00_dot_51_bar__plus_02_dot_89_bar__minus_02_dot_69 DishSpongeType)
        (pickupable DishSponge_bar__plus_00_dot_51_bar__plus_02_dot_89_bar__minus_02_dot_69)
        (cleanable DishSponge_bar__plus_00_dot_51_bar__plus_02_dot_89_bar__minus_02_dot_69)
        (inReceptacle DishSponge_bar__plus_00_dot_51_bar__plus_02_dot_89_bar__minus_02_dot_69 Cabinet_bar__minus_00_dot_43_bar__plus_01_dot_47_bar__plus_00_dot_31)
        (objectAtLocation DishSponge_bar__plus_00_dot_51_bar__plus_02_dot_89_bar__minus_02_dot_69 loc_bar_1_bar__minus_1_bar_0_bar_45)
        (objectType Egg_bar__plus_01_dot_41_bar__plus_02_dot_46_bar__plus_00_dot_05 EggType)
        (pickupable Egg_bar__plus_01_dot_41_bar__plus_02_dot_46_bar__plus_00_dot_05)
        (cleanable Egg_bar__plus_01_dot_41_bar__plus_02_dot_46_bar__plus_00_dot_05)
        (heatable Egg_bar__plus_01_dot_41_bar__plus_02_dot_46_bar__plus_00_dot_05)
        (coolable Egg_bar__plus_01_dot_41_bar__plus_02_dot_46_bar__plus_00_dot_05)
        (inReceptacle Egg_bar__plus_01_dot_41_bar__plus_02_dot_46_bar__plus_00_dot_05 Sink_bar__minus_01_dot_79_bar__plus_02_dot_31_bar__minus_01_dot_55_bar_SinkBasin)
        (objectAtLocation Egg_bar__plus_01_dot_41_bar__plus_02_dot_46_bar__plus_00_dot_05 loc_bar_0_bar__minus_5_bar_3_bar_30)
        (objectType PepperShaker_bar__plus_03_dot_30_bar__plus_01_dot_01_bar__minus_01_dot_37 PepperShakerType)
        (pickupable PepperShaker_bar__plus_03_dot_30_bar__plus_01_dot_01_bar__minus_01_dot_37)
        (inReceptacle PepperShaker_bar__plus_03_dot_30_bar__plus_01_dot_01_bar__minus_01_dot_37 Cabinet_bar__minus_00_dot_43_bar__plus_01_dot_47_bar__plus_00_dot_31)
        (objectAtLocation PepperShaker_bar__plus_03_dot_30_bar__plus_01_dot_01_bar__minus_01_dot_37 loc_bar_1_bar__minus_1_bar_0_bar_45)
        (objectType Bread_bar__minus_02_dot_86_bar__plus_02_dot_63_bar__minus_01_dot_65 BreadType)
        (pickupable Bread_bar__minus_02_dot_86_bar__plus_02_dot_63_bar__minus_01_dot_65)
        (heatable Bread_bar__minus_02_dot_86_bar__plus_02_dot_63_bar__minus_01_dot_65)
        (coolable Bread_bar__minus_02_dot_86_bar__plus_02_dot_63_bar__minus_01_dot_65)
        (inReceptacle Bread_bar__minus_02_dot_86_bar__plus_02_dot_63_bar__minus_01_dot_65 DiningTable_bar__plus_03_dot_24_bar__plus_00_dot_04_bar__minus_01_dot_98)
        (objectAtLocation Bread_bar__minus_02_dot_86_bar__plus_02_dot_63_bar__minus_01_dot_65 loc_bar_5_bar__minus_5_bar_0_bar_60)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType PepperShakerType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType PepperShakerType)
        (canContain DiningTableType BreadType)
        (canContain DiningTableType DishSpongeType)
        (canContain DiningTableType EggType)
        (canContain DiningTableType PepperShakerType)
        (canContain FridgeType BreadType)
        (canContain FridgeType EggType)
        (canContain GarbageCanType BreadType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType EggType)
        (canContain MicrowaveType BreadType)
        (canContain MicrowaveType EggType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType EggType)
    )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 DishSpongeType)
                                    (receptacleType ?r SinkBasinType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 DishSpongeType)
                                            (receptacleType ?r SinkBasinType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
