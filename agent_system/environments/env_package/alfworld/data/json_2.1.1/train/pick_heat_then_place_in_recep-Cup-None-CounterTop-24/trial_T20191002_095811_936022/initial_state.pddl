(define (problem plan_trial_T20191002_095811_936022)
    (:domain alfred)
    (:objects
        agent1 - agent
        AppleType - otype
        ButterKnifeType - otype
        CupType - otype
        EggType - otype
        KnifeType - otype
        SpoonType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        Cup_bar__minus_01_dot_99_bar__plus_01_dot_93_bar__minus_01_dot_15 - object
        Cup_bar__minus_01_dot_52_bar__plus_00_dot_93_bar__plus_01_dot_68 - object
        Egg_bar__minus_01_dot_92_bar__plus_00_dot_67_bar__minus_00_dot_38 - object
        Spoon_bar__plus_01_dot_72_bar__plus_00_dot_39_bar__plus_00_dot_52 - object
        Apple_bar__plus_02_dot_05_bar__plus_00_dot_92_bar__plus_02_dot_48 - object
        Cabinet_bar__minus_01_dot_63_bar__plus_01_dot_15_bar__minus_02_dot_24 - receptacle
        CounterTop_bar__minus_03_dot_39_bar__plus_01_dot_17_bar__plus_03_dot_11 - receptacle
        CounterTop_bar__plus_00_dot_07_bar__plus_01_dot_51_bar__minus_03_dot_36 - receptacle
        Drawer_bar__plus_01_dot_67_bar__plus_01_dot_86_bar__plus_00_dot_41 - receptacle
        Fridge_bar__plus_01_dot_96_bar__plus_00_dot_78_bar__plus_03_dot_44 - receptacle
        Microwave_bar__plus_01_dot_00_bar__plus_02_dot_23_bar__plus_01_dot_22 - receptacle
        Shelf_bar__minus_01_dot_33_bar__plus_02_dot_97_bar__plus_00_dot_63 - receptacle
        Sink_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__minus_00_dot_59_bar_SinkBasin - receptacle
        loc_bar_1_bar__minus_1_bar_2_bar_60 - location
        loc_bar_7_bar__minus_2_bar_3_bar_60 - location
        loc_bar_7_bar__minus_3_bar_2_bar_45 - location
        loc_bar_8_bar_1_bar_3_bar_15 - location
        loc_bar_9_bar__minus_4_bar_2_bar__minus_30 - location
        loc_bar__minus_3_bar__minus_6_bar_0_bar_30 - location
        loc_bar__minus_5_bar_8_bar_0_bar_30 - location
        loc_bar__minus_6_bar__minus_6_bar_1_bar_60 - location
        loc_bar__minus_7_bar_5_bar_3_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_3_bar__minus_6_bar_0_bar_30)
        (receptacleType Cabinet_bar__minus_01_dot_63_bar__plus_01_dot_15_bar__minus_02_dot_24 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_63_bar__plus_01_dot_15_bar__minus_02_dot_24 loc_bar__minus_5_bar_8_bar_0_bar_30)
        (openable Cabinet_bar__minus_01_dot_63_bar__plus_01_dot_15_bar__minus_02_dot_24)
        (receptacleType CounterTop_bar__minus_03_dot_39_bar__plus_01_dot_17_bar__plus_03_dot_11 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_03_dot_39_bar__plus_01_dot_17_bar__plus_03_dot_11 loc_bar__minus_6_bar__minus_6_bar_1_bar_60)
        (receptacleType CounterTop_bar__plus_00_dot_07_bar__plus_01_dot_51_bar__minus_03_dot_36 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_00_dot_07_bar__plus_01_dot_51_bar__minus_03_dot_36 loc_bar_7_bar__minus_2_bar_3_bar_60)
        (receptacleType Drawer_bar__plus_01_dot_67_bar__plus_01_dot_86_bar__plus_00_dot_41 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_67_bar__plus_01_dot_86_bar__plus_00_dot_41 loc_bar_9_bar__minus_4_bar_2_bar__minus_30)
        (openable Drawer_bar__plus_01_dot_67_bar__plus_01_dot_86_bar__plus_00_dot_41)
        (receptacleType Fridge_bar__plus_01_dot_96_bar__plus_00_dot_78_bar__plus_03_dot_44 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_01_dot_96_bar__plus_00_dot_78_bar__plus_03_dot_44 loc_bar_1_bar__minus_1_bar_2_bar_60)
        (openable Fridge_bar__plus_01_dot_96_bar__plus_00_dot_78_bar__plus_03_dot_44)
        (receptacleType Microwave_bar__plus_01_dot_00_bar__plus_02_dot_23_bar__plus_01_dot_22 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_01_dot_00_bar__plus_02_dot_23_bar__plus_01_dot_22 loc_bar_7_bar__minus_3_bar_2_bar_45)
        (openable Microwave_bar__plus_01_dot_00_bar__plus_02_dot_23_bar__plus_01_dot_22)
        (receptacleType Shelf_bar__minus_01_dot_33_bar__plus_02_dot_97_bar__plus_00_dot_63 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_01_dot_33_bar__plus_02_dot_97_bar__plus_00_dot_63 loc_bar__minus_7_bar_5_bar_3_bar__minus_30)
        (receptacleType Sink_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__minus_00_dot_59_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__minus_00_dot_59_bar_SinkBasin loc_bar_8_bar_1_bar_3_bar_15)
        (objectType Cup_bar__minus_01_dot_99_bar__plus_01_dot_93_bar__minus_01_dot_15 CupType)
        (pickupable Cup_bar__minus_01_dot_99_bar__plus_01_dot_93_bar__minus_01_dot_15)
        (cleanable Cup_bar__minus_01_dot_99_bar__plus_01_dot_93_bar__minus_01_dot_15)
        (heatable Cup_bar__minus_01_dot_99_bar__plus_01_dot_93_bar__minus_01_dot_15)
        (coolable Cup_bar__minus_01_dot_99_bar__plus_01_dot_93_bar__minus_01_dot_15)
        (inReceptacle Cup_bar__minus_01_dot_99_bar__plus_01_dot_93_bar__minus_01_dot_15 Microwave_bar__plus_01_dot_00_bar__plus_02_dot_23_bar__plus_01_dot_22)
        (objectAtLocation Cup_bar__minus_01_dot_99_bar__plus_01_dot_93_bar__minus_01_dot_15 loc_bar_7_bar__minus_3_bar_2_bar_45)
        (objectType Cup_bar__minus_01_dot_52_bar__plus_00_dot_93_bar__plus_01_dot_68 CupType)
        (pickupable Cup_bar__minus_01_dot_52_bar__plus_00_dot_93_bar__plus_01_dot_68)
        (cleanable Cup_bar__minus_01_dot_52_bar__plus_00_dot_93_bar__plus_01_dot_68)
        (heatable Cup_bar__minus_01_dot_52_bar__plus_00_dot_93_bar__plus_01_dot_68)
        (coolable Cup_bar__minus_01_dot_52_bar__plus_00_dot_93_bar__plus_01_dot_68)
        (inReceptacle Cup_bar__minus_01_dot_52_bar__plus_00_dot_93_bar__plus_01_dot_68 Shelf_bar__minus_01_dot_33_bar__plus_02_dot_97_bar__plus_00_dot_63)
        (objectAtLocation Cup_bar__minus_01_dot_52_bar__plus_00_dot_93_bar__plus_01_dot_68 loc_bar__minus_7_bar_5_bar_3_bar__minus_30)
        (objectType Egg_bar__minus_01_dot_92_bar__plus_00_dot_67_bar__minus_00_dot_38 EggType)
        (pickupable Egg_bar__minus_01_dot_92_bar__plus_00_dot_67_bar__minus_00_dot_38)
        (cleanable Egg_bar__minus_01_dot_92_bar__plus_00_dot_67_bar__minus_00_dot_38)
        (heatable Egg_bar__minus_01_dot_92_bar__plus_00_dot_67_bar__minus_00_dot_38)
        (coolable Egg_bar__minus_01_dot_92_bar__plus_00_dot_67_bar__minus_00_dot_38)
        (inReceptacle Egg_bar__minus_01_dot_92_bar__plus_00_dot_67_bar__minus_00_dot_38 CounterTop_bar__minus_03_dot_39_bar__plus_01_dot_17_bar__plus_03_dot_11)
        (objectAtLocation Egg_bar__minus_01_dot_92_bar__plus_00_dot_67_bar__minus_00_dot_38 loc_bar__minus_6_bar__minus_6_bar_1_bar_60)
        (objectType Spoon_bar__plus_01_dot_72_bar__plus_00_dot_39_bar__plus_00_dot_52 SpoonType)
        (pickupable Spoon_bar__plus_01_dot_72_bar__plus_00_dot_39_bar__plus_00_dot_52)
        (cleanable Spoon_bar__plus_01_dot_72_bar__plus_00_dot_39_bar__plus_00_dot_52)
        (inReceptacle Spoon_bar__plus_01_dot_72_bar__plus_00_dot_39_bar__plus_00_dot_52 Sink_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__minus_00_dot_59_bar_SinkBasin)
        (objectAtLocation Spoon_bar__plus_01_dot_72_bar__plus_00_dot_39_bar__plus_00_dot_52 loc_bar_8_bar_1_bar_3_bar_15)
        (objectType Apple_bar__plus_02_dot_05_bar__plus_00_dot_92_bar__plus_02_dot_48 AppleType)
        (pickupable Apple_bar__plus_02_dot_05_bar__plus_00_dot_92_bar__plus_02_dot_48)
        (cleanable Apple_bar__plus_02_dot_05_bar__plus_00_dot_92_bar__plus_02_dot_48)
        (heatable Apple_bar__plus_02_dot_05_bar__plus_00_dot_92_bar__plus_02_dot_48)
        (coolable Apple_bar__plus_02_dot_05_bar__plus_00_dot_92_bar__plus_02_dot_48)
        (inReceptacle Apple_bar__plus_02_dot_05_bar__plus_00_dot_92_bar__plus_02_dot_48 Sink_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__minus_00_dot_59_bar_SinkBasin)
        (objectAtLocation Apple_bar__plus_02_dot_05_bar__plus_00_dot_92_bar__plus_02_dot_48 loc_bar_8_bar_1_bar_3_bar_15)
        (canContain CabinetType CupType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType SpoonType)
        (canContain DrawerType SpoonType)
        (canContain FridgeType AppleType)
        (canContain FridgeType CupType)
        (canContain FridgeType EggType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType CupType)
        (canContain MicrowaveType EggType)
        (canContain ShelfType CupType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType SpoonType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o CupType)
                            (receptacleType ?r CounterTopType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
