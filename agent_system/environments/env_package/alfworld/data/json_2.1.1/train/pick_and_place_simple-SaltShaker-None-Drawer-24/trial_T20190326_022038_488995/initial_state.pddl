(define (problem plan_trial_T20190326_022038_488995)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CupType - otype
        KnifeType - otype
        PlateType - otype
        SaltShakerType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        SaltShaker_bar__plus_01_dot_12_bar__plus_02_dot_93_bar__minus_01_dot_45 - object
        Cup_bar__minus_03_dot_08_bar__plus_01_dot_55_bar__plus_00_dot_05 - object
        Plate_bar__minus_02_dot_12_bar__plus_03_dot_40_bar__plus_03_dot_47 - object
        Cabinet_bar__minus_01_dot_63_bar__plus_01_dot_15_bar__minus_02_dot_24 - receptacle
        CounterTop_bar__minus_03_dot_39_bar__plus_01_dot_17_bar__plus_03_dot_11 - receptacle
        CounterTop_bar__plus_00_dot_07_bar__plus_01_dot_51_bar__minus_03_dot_36 - receptacle
        Drawer_bar__plus_01_dot_67_bar__plus_01_dot_86_bar__plus_00_dot_41 - receptacle
        Fridge_bar__plus_01_dot_96_bar__plus_00_dot_78_bar__plus_03_dot_44 - receptacle
        Microwave_bar__plus_01_dot_00_bar__plus_02_dot_23_bar__plus_01_dot_22 - receptacle
        Shelf_bar__minus_01_dot_33_bar__plus_02_dot_97_bar__plus_00_dot_63 - receptacle
        Sink_bar__plus_01_dot_08_bar__plus_02_dot_57_bar__minus_00_dot_59_bar_SinkBasin - receptacle
        loc_bar_1_bar__minus_1_bar_2_bar_60 - location
        loc_bar_4_bar__minus_9_bar_3_bar_45 - location
        loc_bar_7_bar__minus_2_bar_3_bar_60 - location
        loc_bar_7_bar__minus_3_bar_2_bar_45 - location
        loc_bar_8_bar_1_bar_3_bar_15 - location
        loc_bar_9_bar__minus_4_bar_2_bar__minus_30 - location
        loc_bar__minus_5_bar_8_bar_0_bar_30 - location
        loc_bar__minus_6_bar__minus_6_bar_1_bar_60 - location
        loc_bar__minus_7_bar_5_bar_3_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_4_bar__minus_9_bar_3_bar_45)
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
        (objectType SaltShaker_bar__plus_01_dot_12_bar__plus_02_dot_93_bar__minus_01_dot_45 SaltShakerType)
        (pickupable SaltShaker_bar__plus_01_dot_12_bar__plus_02_dot_93_bar__minus_01_dot_45)
        (inReceptacle SaltShaker_bar__plus_01_dot_12_bar__plus_02_dot_93_bar__minus_01_dot_45 Cabinet_bar__minus_01_dot_63_bar__plus_01_dot_15_bar__minus_02_dot_24)
        (objectAtLocation SaltShaker_bar__plus_01_dot_12_bar__plus_02_dot_93_bar__minus_01_dot_45 loc_bar__minus_5_bar_8_bar_0_bar_30)
        (objectType Cup_bar__minus_03_dot_08_bar__plus_01_dot_55_bar__plus_00_dot_05 CupType)
        (pickupable Cup_bar__minus_03_dot_08_bar__plus_01_dot_55_bar__plus_00_dot_05)
        (cleanable Cup_bar__minus_03_dot_08_bar__plus_01_dot_55_bar__plus_00_dot_05)
        (heatable Cup_bar__minus_03_dot_08_bar__plus_01_dot_55_bar__plus_00_dot_05)
        (coolable Cup_bar__minus_03_dot_08_bar__plus_01_dot_55_bar__plus_00_dot_05)
        (inReceptacle Cup_bar__minus_03_dot_08_bar__plus_01_dot_55_bar__plus_00_dot_05 CounterTop_bar__plus_00_dot_07_bar__plus_01_dot_51_bar__minus_03_dot_36)
        (objectAtLocation Cup_bar__minus_03_dot_08_bar__plus_01_dot_55_bar__plus_00_dot_05 loc_bar_7_bar__minus_2_bar_3_bar_60)
        (objectType Plate_bar__minus_02_dot_12_bar__plus_03_dot_40_bar__plus_03_dot_47 PlateType)
        (pickupable Plate_bar__minus_02_dot_12_bar__plus_03_dot_40_bar__plus_03_dot_47)
        (cleanable Plate_bar__minus_02_dot_12_bar__plus_03_dot_40_bar__plus_03_dot_47)
        (heatable Plate_bar__minus_02_dot_12_bar__plus_03_dot_40_bar__plus_03_dot_47)
        (coolable Plate_bar__minus_02_dot_12_bar__plus_03_dot_40_bar__plus_03_dot_47)
        (inReceptacle Plate_bar__minus_02_dot_12_bar__plus_03_dot_40_bar__plus_03_dot_47 Shelf_bar__minus_01_dot_33_bar__plus_02_dot_97_bar__plus_00_dot_63)
        (objectAtLocation Plate_bar__minus_02_dot_12_bar__plus_03_dot_40_bar__plus_03_dot_47 loc_bar__minus_7_bar_5_bar_3_bar__minus_30)
        (canContain CabinetType CupType)
        (canContain CabinetType PlateType)
        (canContain CabinetType SaltShakerType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType SaltShakerType)
        (canContain DrawerType SaltShakerType)
        (canContain FridgeType CupType)
        (canContain FridgeType PlateType)
        (canContain MicrowaveType CupType)
        (canContain MicrowaveType PlateType)
        (canContain ShelfType CupType)
        (canContain ShelfType PlateType)
        (canContain ShelfType SaltShakerType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType PlateType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o SaltShakerType)
                            (receptacleType ?r DrawerType)
                        )
                    )
                )
            )
        )
    )
