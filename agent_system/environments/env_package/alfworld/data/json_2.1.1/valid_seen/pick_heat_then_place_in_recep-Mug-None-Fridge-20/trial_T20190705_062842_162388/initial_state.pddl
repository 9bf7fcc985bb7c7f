(define (problem plan_trial_T20190705_062842_162388)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        EggType - otype
        KettleType - otype
        KnifeType - otype
        MugType - otype
        PanType - otype
        PotType - otype
        SpatulaType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        Mug_bar__plus_03_dot_33_bar__plus_02_dot_67_bar__plus_02_dot_27 - object
        Mug_bar__plus_00_dot_32_bar__plus_01_dot_12_bar__minus_01_dot_04 - object
        Egg_bar__minus_03_dot_12_bar__plus_01_dot_14_bar__minus_02_dot_15 - object
        Spatula_bar__minus_01_dot_57_bar__plus_03_dot_24_bar__minus_00_dot_78 - object
        Pan_bar__plus_01_dot_57_bar__plus_00_dot_46_bar__minus_00_dot_22 - object
        Pot_bar__plus_02_dot_69_bar__plus_00_dot_62_bar__plus_00_dot_51 - object
        Kettle_bar__minus_01_dot_37_bar__plus_01_dot_51_bar__minus_00_dot_33 - object
        Cabinet_bar__plus_03_dot_37_bar__plus_02_dot_40_bar__minus_01_dot_06 - receptacle
        CounterTop_bar__minus_01_dot_83_bar__plus_01_dot_04_bar__minus_01_dot_04 - receptacle
        CounterTop_bar__minus_02_dot_56_bar__plus_02_dot_62_bar__minus_00_dot_65 - receptacle
        Fridge_bar__plus_00_dot_96_bar__plus_01_dot_81_bar__plus_01_dot_12 - receptacle
        GarbageCan_bar__plus_00_dot_88_bar__plus_01_dot_67_bar__plus_01_dot_09 - receptacle
        Microwave_bar__plus_00_dot_05_bar__plus_03_dot_28_bar__minus_00_dot_70 - receptacle
        Sink_bar__plus_03_dot_05_bar__plus_02_dot_63_bar__minus_03_dot_01_bar_SinkBasin - receptacle
        loc_bar_2_bar__minus_4_bar_1_bar_60 - location
        loc_bar_3_bar__minus_5_bar_3_bar__minus_30 - location
        loc_bar_7_bar_2_bar_0_bar_45 - location
        loc_bar_7_bar_2_bar_1_bar_0 - location
        loc_bar__minus_1_bar__minus_7_bar_0_bar_15 - location
        loc_bar__minus_2_bar__minus_8_bar_0_bar_15 - location
        loc_bar__minus_3_bar_3_bar_0_bar_60 - location
        loc_bar__minus_7_bar_9_bar_0_bar_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_2_bar__minus_4_bar_1_bar_60)
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
        (objectType Mug_bar__plus_03_dot_33_bar__plus_02_dot_67_bar__plus_02_dot_27 MugType)
        (pickupable Mug_bar__plus_03_dot_33_bar__plus_02_dot_67_bar__plus_02_dot_27)
        (cleanable Mug_bar__plus_03_dot_33_bar__plus_02_dot_67_bar__plus_02_dot_27)
        (heatable Mug_bar__plus_03_dot_33_bar__plus_02_dot_67_bar__plus_02_dot_27)
        (coolable Mug_bar__plus_03_dot_33_bar__plus_02_dot_67_bar__plus_02_dot_27)
        (inReceptacle Mug_bar__plus_03_dot_33_bar__plus_02_dot_67_bar__plus_02_dot_27 Microwave_bar__plus_00_dot_05_bar__plus_03_dot_28_bar__minus_00_dot_70)
        (objectAtLocation Mug_bar__plus_03_dot_33_bar__plus_02_dot_67_bar__plus_02_dot_27 loc_bar__minus_7_bar_9_bar_0_bar_30)
        (objectType Mug_bar__plus_00_dot_32_bar__plus_01_dot_12_bar__minus_01_dot_04 MugType)
        (pickupable Mug_bar__plus_00_dot_32_bar__plus_01_dot_12_bar__minus_01_dot_04)
        (cleanable Mug_bar__plus_00_dot_32_bar__plus_01_dot_12_bar__minus_01_dot_04)
        (heatable Mug_bar__plus_00_dot_32_bar__plus_01_dot_12_bar__minus_01_dot_04)
        (coolable Mug_bar__plus_00_dot_32_bar__plus_01_dot_12_bar__minus_01_dot_04)
        (inReceptacle Mug_bar__plus_00_dot_32_bar__plus_01_dot_12_bar__minus_01_dot_04 Cabinet_bar__plus_03_dot_37_bar__plus_02_dot_40_bar__minus_01_dot_06)
        (objectAtLocation Mug_bar__plus_00_dot_32_bar__plus_01_dot_12_bar__minus_01_dot_04 loc_bar_7_bar_2_bar_0_bar_45)
        (objectType Egg_bar__minus_03_dot_12_bar__plus_01_dot_14_bar__minus_02_dot_15 EggType)
        (pickupable Egg_bar__minus_03_dot_12_bar__plus_01_dot_14_bar__minus_02_dot_15)
        (cleanable Egg_bar__minus_03_dot_12_bar__plus_01_dot_14_bar__minus_02_dot_15)
        (heatable Egg_bar__minus_03_dot_12_bar__plus_01_dot_14_bar__minus_02_dot_15)
        (coolable Egg_bar__minus_03_dot_12_bar__plus_01_dot_14_bar__minus_02_dot_15)
        (inReceptacle Egg_bar__minus_03_dot_12_bar__plus_01_dot_14_bar__minus_02_dot_15 CounterTop_bar__minus_02_dot_56_bar__plus_02_dot_62_bar__minus_00_dot_65)
        (objectAtLocation Egg_bar__minus_03_dot_12_bar__plus_01_dot_14_bar__minus_02_dot_15 loc_bar__minus_3_bar_3_bar_0_bar_60)
        (objectType Spatula_bar__minus_01_dot_57_bar__plus_03_dot_24_bar__minus_00_dot_78 SpatulaType)
        (pickupable Spatula_bar__minus_01_dot_57_bar__plus_03_dot_24_bar__minus_00_dot_78)
        (cleanable Spatula_bar__minus_01_dot_57_bar__plus_03_dot_24_bar__minus_00_dot_78)
        (inReceptacle Spatula_bar__minus_01_dot_57_bar__plus_03_dot_24_bar__minus_00_dot_78 Sink_bar__plus_03_dot_05_bar__plus_02_dot_63_bar__minus_03_dot_01_bar_SinkBasin)
        (objectAtLocation Spatula_bar__minus_01_dot_57_bar__plus_03_dot_24_bar__minus_00_dot_78 loc_bar__minus_2_bar__minus_8_bar_0_bar_15)
        (objectType Pan_bar__plus_01_dot_57_bar__plus_00_dot_46_bar__minus_00_dot_22 PanType)
        (pickupable Pan_bar__plus_01_dot_57_bar__plus_00_dot_46_bar__minus_00_dot_22)
        (cleanable Pan_bar__plus_01_dot_57_bar__plus_00_dot_46_bar__minus_00_dot_22)
        (coolable Pan_bar__plus_01_dot_57_bar__plus_00_dot_46_bar__minus_00_dot_22)
        (inReceptacle Pan_bar__plus_01_dot_57_bar__plus_00_dot_46_bar__minus_00_dot_22 Fridge_bar__plus_00_dot_96_bar__plus_01_dot_81_bar__plus_01_dot_12)
        (objectAtLocation Pan_bar__plus_01_dot_57_bar__plus_00_dot_46_bar__minus_00_dot_22 loc_bar__minus_1_bar__minus_7_bar_0_bar_15)
        (objectType Pot_bar__plus_02_dot_69_bar__plus_00_dot_62_bar__plus_00_dot_51 PotType)
        (pickupable Pot_bar__plus_02_dot_69_bar__plus_00_dot_62_bar__plus_00_dot_51)
        (cleanable Pot_bar__plus_02_dot_69_bar__plus_00_dot_62_bar__plus_00_dot_51)
        (coolable Pot_bar__plus_02_dot_69_bar__plus_00_dot_62_bar__plus_00_dot_51)
        (inReceptacle Pot_bar__plus_02_dot_69_bar__plus_00_dot_62_bar__plus_00_dot_51 Sink_bar__plus_03_dot_05_bar__plus_02_dot_63_bar__minus_03_dot_01_bar_SinkBasin)
        (objectAtLocation Pot_bar__plus_02_dot_69_bar__plus_00_dot_62_bar__plus_00_dot_51 loc_bar__minus_2_bar__minus_8_bar_0_bar_15)
        (objectType Kettle_bar__minus_01_dot_37_bar__plus_01_dot_51_bar__minus_00_dot_33 KettleType)
        (pickupable Kettle_bar__minus_01_dot_37_bar__plus_01_dot_51_bar__minus_00_dot_33)
        (cleanable Kettle_bar__minus_01_dot_37_bar__plus_01_dot_51_bar__minus_00_dot_33)
        (inReceptacle Kettle_bar__minus_01_dot_37_bar__plus_01_dot_51_bar__minus_00_dot_33 Cabinet_bar__plus_03_dot_37_bar__plus_02_dot_40_bar__minus_01_dot_06)
        (objectAtLocation Kettle_bar__minus_01_dot_37_bar__plus_01_dot_51_bar__minus_00_dot_33 loc_bar_7_bar_2_bar_0_bar_45)
        (canContain CabinetType KettleType)
        (canContain CabinetType MugType)
        (canContain CabinetType PanType)
        (canContain CabinetType PotType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType PotType)
        (canContain CounterTopType SpatulaType)
        (canContain FridgeType EggType)
        (canContain FridgeType MugType)
        (canContain FridgeType PanType)
        (canContain FridgeType PotType)
        (canContain GarbageCanType EggType)
        (canContain MicrowaveType EggType)
        (canContain MicrowaveType MugType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType PotType)
        (canContain SinkBasinType SpatulaType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o MugType)
                            (receptacleType ?r FridgeType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
