(define (problem plan_trial_T20191106_044404_542103)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        EggType - otype
        KnifeType - otype
        PepperShakerType - otype
        PotType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DiningTableType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        PepperShaker_bar__plus_01_dot_43_bar__plus_01_dot_30_bar__minus_00_dot_50 - object
        PepperShaker_bar__minus_00_dot_37_bar__plus_03_dot_19_bar__minus_00_dot_59 - object
        PepperShaker_bar__plus_03_dot_16_bar__plus_03_dot_45_bar__minus_02_dot_44 - object
        Egg_bar__plus_00_dot_40_bar__plus_00_dot_35_bar__plus_02_dot_00 - object
        Pot_bar__plus_00_dot_87_bar__plus_01_dot_28_bar__minus_00_dot_31 - object
        ButterKnife_bar__minus_01_dot_12_bar__plus_03_dot_46_bar__minus_03_dot_50 - object
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
        loc_bar_3_bar__minus_2_bar_2_bar_45 - location
        loc_bar_5_bar__minus_5_bar_0_bar_60 - location
        loc_bar_6_bar_4_bar_1_bar_30 - location
        loc_bar_8_bar__minus_3_bar_3_bar__minus_30 - location
        loc_bar_9_bar__minus_4_bar_3_bar_30 - location
        loc_bar__minus_7_bar_0_bar_3_bar_0 - location
    )
    (:init
        (atLocation agent1 loc_bar_3_bar__minus_2_bar_2_bar_45)
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
        (objectType PepperShaker_bar__plus_01_dot_43_bar__plus_01_dot_30_bar__minus_00_dot_50 PepperShakerType)
        (pickupable PepperShaker_bar__plus_01_dot_43_bar__plus_01_dot_30_bar__minus_00_dot_50)
        (inReceptacle PepperShaker_bar__plus_01_dot_43_bar__plus_01_dot_30_bar__minus_00_dot_50 DiningTable_bar__plus_03_dot_24_bar__plus_00_dot_04_bar__minus_01_dot_98)
        (objectAtLocation PepperShaker_bar__plus_01_dot_43_bar__plus_01_dot_30_bar__minus_00_dot_50 loc_bar_5_bar__minus_5_bar_0_bar_60)
        (objectType PepperShaker_bar__minus_00_dot_37_bar__plus_03_dot_19_bar__minus_00_dot_59 PepperShakerType)
        (pickupable PepperShaker_bar__minus_00_dot_37_bar__plus_03_dot_19_bar__minus_00_dot_59)
        (inReceptacle PepperShaker_bar__minus_00_dot_37_bar__plus_03_dot_19_bar__minus_00_dot_59 DiningTable_bar__plus_03_dot_24_bar__plus_00_dot_04_bar__minus_01_dot_98)
        (objectAtLocation PepperShaker_bar__minus_00_dot_37_bar__plus_03_dot_19_bar__minus_00_dot_59 loc_bar_5_bar__minus_5_bar_0_bar_60)
        (objectType PepperShaker_bar__plus_03_dot_16_bar__plus_03_dot_45_bar__minus_02_dot_44 PepperShakerType)
        (pickupable PepperShaker_bar__plus_03_dot_16_bar__plus_03_dot_45_bar__minus_02_dot_44)
        (inReceptacle PepperShaker_bar__plus_03_dot_16_bar__plus_03_dot_45_bar__minus_02_dot_44 DiningTable_bar__plus_03_dot_24_bar__plus_00_dot_04_bar__minus_01_dot_98)
        (objectAtLocation PepperShaker_bar__plus_03_dot_16_bar__plus_03_dot_45_bar__minus_02_dot_44 loc_bar_5_bar__minus_5_bar_0_bar_60)
        (objectType Egg_bar__plus_00_dot_40_bar__plus_00_dot_35_bar__plus_02_dot_00 EggType)
        (pickupable Egg_bar__plus_00_dot_40_bar__plus_00_dot_35_bar__plus_02_dot_00)
        (cleanable Egg_bar__plus_00_dot_40_bar__plus_00_dot_35_bar__plus_02_dot_00)
        (heatable Egg_bar__plus_00_dot_40_bar__plus_00_dot_35_bar__plus_02_dot_00)
        (coolable Egg_bar__plus_00_dot_40_bar__plus_00_dot_35_bar__plus_02_dot_00)
        (inReceptacle Egg_bar__plus_00_dot_40_bar__plus_00_dot_35_bar__plus_02_dot_00 Sink_bar__minus_01_dot_79_bar__plus_02_dot_31_bar__minus_01_dot_55_bar_SinkBasin)
        (objectAtLocation Egg_bar__plus_00_dot_40_bar__plus_00_dot_35_bar__plus_02_dot_00 loc_bar_0_bar__minus_5_bar_3_bar_30)
        (objectType Pot_bar__plus_00_dot_87_bar__plus_01_dot_28_bar__minus_00_dot_31 PotType)
        (pickupable Pot_bar__plus_00_dot_87_bar__plus_01_dot_28_bar__minus_00_dot_31)
        (cleanable Pot_bar__plus_00_dot_87_bar__plus_01_dot_28_bar__minus_00_dot_31)
        (coolable Pot_bar__plus_00_dot_87_bar__plus_01_dot_28_bar__minus_00_dot_31)
        (inReceptacle Pot_bar__plus_00_dot_87_bar__plus_01_dot_28_bar__minus_00_dot_31 Sink_bar__minus_01_dot_79_bar__plus_02_dot_31_bar__minus_01_dot_55_bar_SinkBasin)
        (objectAtLocation Pot_bar__plus_00_dot_87_bar__plus_01_dot_28_bar__minus_00_dot_31 loc_bar_0_bar__minus_5_bar_3_bar_30)
        (objectType ButterKnife_bar__minus_01_dot_12_bar__plus_03_dot_46_bar__minus_03_dot_50 ButterKnifeType)
        (pickupable ButterKnife_bar__minus_01_dot_12_bar__plus_03_dot_46_bar__minus_03_dot_50)
        (cleanable ButterKnife_bar__minus_01_dot_12_bar__plus_03_dot_46_bar__minus_03_dot_50)
        (inReceptacle ButterKnife_bar__minus_01_dot_12_bar__plus_03_dot_46_bar__minus_03_dot_50 DiningTable_bar__plus_03_dot_24_bar__plus_00_dot_04_bar__minus_01_dot_98)
        (objectAtLocation ButterKnife_bar__minus_01_dot_12_bar__plus_03_dot_46_bar__minus_03_dot_50 loc_bar_5_bar__minus_5_bar_0_bar_60)
        (canContain CabinetType PepperShakerType)
        (canContain CabinetType PotType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType PotType)
        (canContain DiningTableType ButterKnifeType)
        (canContain DiningTableType EggType)
        (canContain DiningTableType PepperShakerType)
        (canContain DiningTableType PotType)
        (canContain FridgeType EggType)
        (canContain FridgeType PotType)
        (canContain GarbageCanType EggType)
        (canContain MicrowaveType EggType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType PotType)
    )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 PepperShakerType)
                                    (receptacleType ?r CabinetType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 PepperShakerType)
                                            (receptacleType ?r CabinetType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
