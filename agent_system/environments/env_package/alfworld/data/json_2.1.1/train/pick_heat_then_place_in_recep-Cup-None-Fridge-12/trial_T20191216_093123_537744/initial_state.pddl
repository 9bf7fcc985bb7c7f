(define (problem plan_trial_T20191216_093123_537744)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CupType - otype
        KnifeType - otype
        LettuceType - otype
        PanType - otype
        PlateType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        Cup_bar__plus_00_dot_92_bar__plus_01_dot_19_bar__plus_02_dot_17 - object
        Cup_bar__minus_01_dot_16_bar__plus_00_dot_13_bar__minus_01_dot_92 - object
        Lettuce_bar__minus_03_dot_43_bar__plus_01_dot_69_bar__minus_01_dot_87 - object
        Plate_bar__plus_02_dot_20_bar__plus_01_dot_91_bar__minus_01_dot_99 - object
        ButterKnife_bar__plus_02_dot_83_bar__plus_01_dot_40_bar__plus_01_dot_75 - object
        Pan_bar__plus_01_dot_23_bar__plus_00_dot_16_bar__plus_01_dot_09 - object
        Cabinet_bar__plus_02_dot_89_bar__plus_01_dot_19_bar__plus_03_dot_12 - receptacle
        CounterTop_bar__minus_01_dot_18_bar__plus_02_dot_81_bar__minus_03_dot_39 - receptacle
        Drawer_bar__plus_02_dot_59_bar__plus_00_dot_72_bar__minus_00_dot_86 - receptacle
        Drawer_bar__plus_03_dot_50_bar__plus_01_dot_89_bar__plus_01_dot_60 - receptacle
        Fridge_bar__minus_00_dot_77_bar__plus_02_dot_96_bar__plus_01_dot_68 - receptacle
        Microwave_bar__minus_00_dot_13_bar__plus_02_dot_10_bar__minus_03_dot_46 - receptacle
        Shelf_bar__plus_02_dot_86_bar__plus_00_dot_66_bar__plus_00_dot_97 - receptacle
        Sink_bar__minus_00_dot_84_bar__plus_01_dot_31_bar__minus_02_dot_68_bar_SinkBasin - receptacle
        loc_bar_0_bar_7_bar_0_bar_15 - location
        loc_bar_5_bar__minus_5_bar_0_bar_60 - location
        loc_bar_9_bar_6_bar_0_bar_15 - location
        loc_bar__minus_1_bar__minus_3_bar_0_bar_30 - location
        loc_bar__minus_3_bar__minus_9_bar_2_bar_0 - location
        loc_bar__minus_4_bar_4_bar_2_bar_15 - location
        loc_bar__minus_6_bar_0_bar_3_bar_15 - location
        loc_bar__minus_7_bar__minus_8_bar_1_bar_45 - location
        loc_bar__minus_8_bar__minus_9_bar_3_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_6_bar_0_bar_3_bar_15)
        (receptacleType Cabinet_bar__plus_02_dot_89_bar__plus_01_dot_19_bar__plus_03_dot_12 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_89_bar__plus_01_dot_19_bar__plus_03_dot_12 loc_bar_9_bar_6_bar_0_bar_15)
        (openable Cabinet_bar__plus_02_dot_89_bar__plus_01_dot_19_bar__plus_03_dot_12)
        (receptacleType CounterTop_bar__minus_01_dot_18_bar__plus_02_dot_81_bar__minus_03_dot_39 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_18_bar__plus_02_dot_81_bar__minus_03_dot_39 loc_bar__minus_8_bar__minus_9_bar_3_bar_15)
        (receptacleType Drawer_bar__plus_02_dot_59_bar__plus_00_dot_72_bar__minus_00_dot_86 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_59_bar__plus_00_dot_72_bar__minus_00_dot_86 loc_bar__minus_4_bar_4_bar_2_bar_15)
        (openable Drawer_bar__plus_02_dot_59_bar__plus_00_dot_72_bar__minus_00_dot_86)
        (receptacleType Drawer_bar__plus_03_dot_50_bar__plus_01_dot_89_bar__plus_01_dot_60 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_03_dot_50_bar__plus_01_dot_89_bar__plus_01_dot_60 loc_bar__minus_7_bar__minus_8_bar_1_bar_45)
        (openable Drawer_bar__plus_03_dot_50_bar__plus_01_dot_89_bar__plus_01_dot_60)
        (receptacleType Fridge_bar__minus_00_dot_77_bar__plus_02_dot_96_bar__plus_01_dot_68 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_00_dot_77_bar__plus_02_dot_96_bar__plus_01_dot_68 loc_bar__minus_3_bar__minus_9_bar_2_bar_0)
        (openable Fridge_bar__minus_00_dot_77_bar__plus_02_dot_96_bar__plus_01_dot_68)
        (receptacleType Microwave_bar__minus_00_dot_13_bar__plus_02_dot_10_bar__minus_03_dot_46 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_00_dot_13_bar__plus_02_dot_10_bar__minus_03_dot_46 loc_bar_0_bar_7_bar_0_bar_15)
        (openable Microwave_bar__minus_00_dot_13_bar__plus_02_dot_10_bar__minus_03_dot_46)
        (receptacleType Shelf_bar__plus_02_dot_86_bar__plus_00_dot_66_bar__plus_00_dot_97 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_86_bar__plus_00_dot_66_bar__plus_00_dot_97 loc_bar__minus_1_bar__minus_3_bar_0_bar_30)
        (receptacleType Sink_bar__minus_00_dot_84_bar__plus_01_dot_31_bar__minus_02_dot_68_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_00_dot_84_bar__plus_01_dot_31_bar__minus_02_dot_68_bar_SinkBasin loc_bar_5_bar__minus_5_bar_0_bar_60)
        (objectType Cup_bar__plus_00_dot_92_bar__plus_01_dot_19_bar__plus_02_dot_17 CupType)
        (pickupable Cup_bar__plus_00_dot_92_bar__plus_01_dot_19_bar__plus_02_dot_17)
        (cleanable Cup_bar__plus_00_dot_92_bar__plus_01_dot_19_bar__plus_02_dot_17)
        (heatable Cup_bar__plus_00_dot_92_bar__plus_01_dot_19_bar__plus_02_dot_17)
        (coolable Cup_bar__plus_00_dot_92_bar__plus_01_dot_19_bar__plus_02_dot_17)
        (inReceptacle Cup_bar__plus_00_dot_92_bar__plus_01_dot_19_bar__plus_02_dot_17 Sink_bar__minus_00_dot_84_bar__plus_01_dot_31_bar__minus_02_dot_68_bar_SinkBasin)
        (objectAtLocation Cup_bar__plus_00_dot_92_bar__plus_01_dot_19_bar__plus_02_dot_17 loc_bar_5_bar__minus_5_bar_0_bar_60)
        (objectType Cup_bar__minus_01_dot_16_bar__plus_00_dot_13_bar__minus_01_dot_92 CupType)
        (pickupable Cup_bar__minus_01_dot_16_bar__plus_00_dot_13_bar__minus_01_dot_92)
        (cleanable Cup_bar__minus_01_dot_16_bar__plus_00_dot_13_bar__minus_01_dot_92)
        (heatable Cup_bar__minus_01_dot_16_bar__plus_00_dot_13_bar__minus_01_dot_92)
        (coolable Cup_bar__minus_01_dot_16_bar__plus_00_dot_13_bar__minus_01_dot_92)
        (inReceptacle Cup_bar__minus_01_dot_16_bar__plus_00_dot_13_bar__minus_01_dot_92 Sink_bar__minus_00_dot_84_bar__plus_01_dot_31_bar__minus_02_dot_68_bar_SinkBasin)
        (objectAtLocation Cup_bar__minus_01_dot_16_bar__plus_00_dot_13_bar__minus_01_dot_92 loc_bar_5_bar__minus_5_bar_0_bar_60)
        (objectType Lettuce_bar__minus_03_dot_43_bar__plus_01_dot_69_bar__minus_01_dot_87 LettuceType)
        (pickupable Lettuce_bar__minus_03_dot_43_bar__plus_01_dot_69_bar__minus_01_dot_87)
        (cleanable Lettuce_bar__minus_03_dot_43_bar__plus_01_dot_69_bar__minus_01_dot_87)
        (coolable Lettuce_bar__minus_03_dot_43_bar__plus_01_dot_69_bar__minus_01_dot_87)
        (inReceptacle Lettuce_bar__minus_03_dot_43_bar__plus_01_dot_69_bar__minus_01_dot_87 CounterTop_bar__minus_01_dot_18_bar__plus_02_dot_81_bar__minus_03_dot_39)
        (objectAtLocation Lettuce_bar__minus_03_dot_43_bar__plus_01_dot_69_bar__minus_01_dot_87 loc_bar__minus_8_bar__minus_9_bar_3_bar_15)
        (objectType Plate_bar__plus_02_dot_20_bar__plus_01_dot_91_bar__minus_01_dot_99 PlateType)
        (pickupable Plate_bar__plus_02_dot_20_bar__plus_01_dot_91_bar__minus_01_dot_99)
        (cleanable Plate_bar__plus_02_dot_20_bar__plus_01_dot_91_bar__minus_01_dot_99)
        (heatable Plate_bar__plus_02_dot_20_bar__plus_01_dot_91_bar__minus_01_dot_99)
        (coolable Plate_bar__plus_02_dot_20_bar__plus_01_dot_91_bar__minus_01_dot_99)
        (inReceptacle Plate_bar__plus_02_dot_20_bar__plus_01_dot_91_bar__minus_01_dot_99 CounterTop_bar__minus_01_dot_18_bar__plus_02_dot_81_bar__minus_03_dot_39)
        (objectAtLocation Plate_bar__plus_02_dot_20_bar__plus_01_dot_91_bar__minus_01_dot_99 loc_bar__minus_8_bar__minus_9_bar_3_bar_15)
        (objectType ButterKnife_bar__plus_02_dot_83_bar__plus_01_dot_40_bar__plus_01_dot_75 ButterKnifeType)
        (pickupable ButterKnife_bar__plus_02_dot_83_bar__plus_01_dot_40_bar__plus_01_dot_75)
        (cleanable ButterKnife_bar__plus_02_dot_83_bar__plus_01_dot_40_bar__plus_01_dot_75)
        (inReceptacle ButterKnife_bar__plus_02_dot_83_bar__plus_01_dot_40_bar__plus_01_dot_75 Drawer_bar__plus_02_dot_59_bar__plus_00_dot_72_bar__minus_00_dot_86)
        (objectAtLocation ButterKnife_bar__plus_02_dot_83_bar__plus_01_dot_40_bar__plus_01_dot_75 loc_bar__minus_4_bar_4_bar_2_bar_15)
        (objectType Pan_bar__plus_01_dot_23_bar__plus_00_dot_16_bar__plus_01_dot_09 PanType)
        (pickupable Pan_bar__plus_01_dot_23_bar__plus_00_dot_16_bar__plus_01_dot_09)
        (cleanable Pan_bar__plus_01_dot_23_bar__plus_00_dot_16_bar__plus_01_dot_09)
        (coolable Pan_bar__plus_01_dot_23_bar__plus_00_dot_16_bar__plus_01_dot_09)
        (inReceptacle Pan_bar__plus_01_dot_23_bar__plus_00_dot_16_bar__plus_01_dot_09 CounterTop_bar__minus_01_dot_18_bar__plus_02_dot_81_bar__minus_03_dot_39)
        (objectAtLocation Pan_bar__plus_01_dot_23_bar__plus_00_dot_16_bar__plus_01_dot_09 loc_bar__minus_8_bar__minus_9_bar_3_bar_15)
        (canContain CabinetType CupType)
        (canContain CabinetType PanType)
        (canContain CabinetType PlateType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType LettuceType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType PlateType)
        (canContain DrawerType ButterKnifeType)
        (canContain FridgeType CupType)
        (canContain FridgeType LettuceType)
        (canContain FridgeType PanType)
        (canContain FridgeType PlateType)
        (canContain MicrowaveType CupType)
        (canContain MicrowaveType PlateType)
        (canContain ShelfType CupType)
        (canContain ShelfType PlateType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType LettuceType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType PlateType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o CupType)
                            (receptacleType ?r FridgeType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
