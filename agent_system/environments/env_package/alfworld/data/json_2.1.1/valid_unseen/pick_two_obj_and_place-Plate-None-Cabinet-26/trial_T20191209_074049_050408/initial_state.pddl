(define (problem plan_trial_T20191209_074049_050408)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CupType - otype
        KettleType - otype
        KnifeType - otype
        PlateType - otype
        WineBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Plate_bar__plus_03_dot_33_bar__plus_01_dot_63_bar__plus_03_dot_36 - object
        Plate_bar__plus_01_dot_63_bar__plus_01_dot_87_bar__minus_00_dot_40 - object
        Kettle_bar__minus_00_dot_98_bar__plus_02_dot_83_bar__plus_03_dot_46 - object
        WineBottle_bar__minus_02_dot_91_bar__plus_00_dot_70_bar__minus_02_dot_86 - object
        Cup_bar__minus_00_dot_92_bar__plus_01_dot_03_bar__minus_02_dot_48 - object
        Cabinet_bar__plus_03_dot_20_bar__plus_02_dot_91_bar__minus_01_dot_58 - receptacle
        CounterTop_bar__minus_03_dot_24_bar__plus_01_dot_80_bar__minus_01_dot_68 - receptacle
        Fridge_bar__plus_03_dot_35_bar__plus_03_dot_29_bar__minus_00_dot_55 - receptacle
        Microwave_bar__minus_02_dot_75_bar__plus_03_dot_24_bar__minus_00_dot_75 - receptacle
        Shelf_bar__minus_00_dot_30_bar__plus_03_dot_17_bar__plus_02_dot_18 - receptacle
        Sink_bar__plus_00_dot_74_bar__plus_02_dot_02_bar__minus_02_dot_12_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_03_dot_26_bar__plus_03_dot_15_bar__plus_02_dot_66 - receptacle
        StoveBurner_bar__plus_02_dot_30_bar__plus_01_dot_32_bar__plus_03_dot_06 - receptacle
        loc_bar_3_bar_6_bar_0_bar_15 - location
        loc_bar_8_bar__minus_4_bar_2_bar_45 - location
        loc_bar__minus_1_bar_2_bar_3_bar_30 - location
        loc_bar__minus_6_bar_5_bar_1_bar_45 - location
        loc_bar__minus_6_bar_9_bar_3_bar_15 - location
        loc_bar__minus_7_bar__minus_4_bar_3_bar_45 - location
        loc_bar__minus_8_bar__minus_3_bar_1_bar_15 - location
        loc_bar__minus_8_bar__minus_9_bar_0_bar_60 - location
        loc_bar__minus_9_bar__minus_5_bar_2_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_7_bar__minus_4_bar_3_bar_45)
        (receptacleType Cabinet_bar__plus_03_dot_20_bar__plus_02_dot_91_bar__minus_01_dot_58 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_03_dot_20_bar__plus_02_dot_91_bar__minus_01_dot_58 loc_bar_8_bar__minus_4_bar_2_bar_45)
        (openable Cabinet_bar__plus_03_dot_20_bar__plus_02_dot_91_bar__minus_01_dot_58)
        (receptacleType CounterTop_bar__minus_03_dot_24_bar__plus_01_dot_80_bar__minus_01_dot_68 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_03_dot_24_bar__plus_01_dot_80_bar__minus_01_dot_68 loc_bar__minus_8_bar__minus_3_bar_1_bar_15)
        (receptacleType Fridge_bar__plus_03_dot_35_bar__plus_03_dot_29_bar__minus_00_dot_55 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_03_dot_35_bar__plus_03_dot_29_bar__minus_00_dot_55 loc_bar_3_bar_6_bar_0_bar_15)
        (openable Fridge_bar__plus_03_dot_35_bar__plus_03_dot_29_bar__minus_00_dot_55)
        (receptacleType Microwave_bar__minus_02_dot_75_bar__plus_03_dot_24_bar__minus_00_dot_75 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_02_dot_75_bar__plus_03_dot_24_bar__minus_00_dot_75 loc_bar__minus_9_bar__minus_5_bar_2_bar__minus_30)
        (openable Microwave_bar__minus_02_dot_75_bar__plus_03_dot_24_bar__minus_00_dot_75)
        (receptacleType Shelf_bar__minus_00_dot_30_bar__plus_03_dot_17_bar__plus_02_dot_18 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_00_dot_30_bar__plus_03_dot_17_bar__plus_02_dot_18 loc_bar__minus_6_bar_9_bar_3_bar_15)
        (receptacleType Sink_bar__plus_00_dot_74_bar__plus_02_dot_02_bar__minus_02_dot_12_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_00_dot_74_bar__plus_02_dot_02_bar__minus_02_dot_12_bar_SinkBasin loc_bar__minus_1_bar_2_bar_3_bar_30)
        (receptacleType StoveBurner_bar__plus_03_dot_26_bar__plus_03_dot_15_bar__plus_02_dot_66 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_03_dot_26_bar__plus_03_dot_15_bar__plus_02_dot_66 loc_bar__minus_8_bar__minus_9_bar_0_bar_60)
        (receptacleType StoveBurner_bar__plus_02_dot_30_bar__plus_01_dot_32_bar__plus_03_dot_06 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_02_dot_30_bar__plus_01_dot_32_bar__plus_03_dot_06 loc_bar__minus_6_bar_5_bar_1_bar_45)
        (objectType Plate_bar__plus_03_dot_33_bar__plus_01_dot_63_bar__plus_03_dot_36 PlateType)
        (pickupable Plate_bar__plus_03_dot_33_bar__plus_01_dot_63_bar__plus_03_dot_36)
        (cleanable Plate_bar__plus_03_dot_33_bar__plus_01_dot_63_bar__plus_03_dot_36)
        (heatable Plate_bar__plus_03_dot_33_bar__plus_01_dot_63_bar__plus_03_dot_36)
        (coolable Plate_bar__plus_03_dot_33_bar__plus_01_dot_63_bar__plus_03_dot_36)
        (inReceptacle Plate_bar__plus_03_dot_33_bar__plus_01_dot_63_bar__plus_03_dot_36 CounterTop_bar__minus_03_dot_24_bar__plus_01_dot_80_bar__minus_01_dot_68)
        (objectAtLocation Plate_bar__plus_03_dot_33_bar__plus_01_dot_63_bar__plus_03_dot_36 loc_bar__minus_8_bar__minus_3_bar_1_bar_15)
        (objectType Plate_bar__plus_01_dot_63_bar__plus_01_dot_87_bar__minus_00_dot_40 PlateType)
        (pickupable Plate_bar__plus_01_dot_63_bar__plus_01_dot_87_bar__minus_00_dot_40)
        (cleanable Plate_bar__plus_01_dot_63_bar__plus_01_dot_87_bar__minus_00_dot_40)
        (heatable Plate_bar__plus_01_dot_63_bar__plus_01_dot_87_bar__minus_00_dot_40)
        (coolable Plate_bar__plus_01_dot_63_bar__plus_01_dot_87_bar__minus_00_dot_40)
        (inReceptacle Plate_bar__plus_01_dot_63_bar__plus_01_dot_87_bar__minus_00_dot_40 Sink_bar__plus_00_dot_74_bar__plus_02_dot_02_bar__minus_02_dot_12_bar_SinkBasin)
        (objectAtLocation Plate_bar__plus_01_dot_63_bar__plus_01_dot_87_bar__minus_00_dot_40 loc_bar__minus_1_bar_2_bar_3_bar_30)
        (objectType Kettle_bar__minus_00_dot_98_bar__plus_02_dot_83_bar__plus_03_dot_46 KettleType)
        (pickupable Kettle_bar__minus_00_dot_98_bar__plus_02_dot_83_bar__plus_03_dot_46)
        (cleanable Kettle_bar__minus_00_dot_98_bar__plus_02_dot_83_bar__plus_03_dot_46)
        (inReceptacle Kettle_bar__minus_00_dot_98_bar__plus_02_dot_83_bar__plus_03_dot_46 Shelf_bar__minus_00_dot_30_bar__plus_03_dot_17_bar__plus_02_dot_18)
        (objectAtLocation Kettle_bar__minus_00_dot_98_bar__plus_02_dot_83_bar__plus_03_dot_46 loc_bar__minus_6_bar_9_bar_3_bar_15)
        (objectType WineBottle_bar__minus_02_dot_91_bar__plus_00_dot_70_bar__minus_02_dot_86 WineBottleType)
        (pickupable WineBottle_bar__minus_02_dot_91_bar__plus_00_dot_70_bar__minus_02_dot_86)
        (coolable WineBottle_bar__minus_02_dot_91_bar__plus_00_dot_70_bar__minus_02_dot_86)
        (inReceptacle WineBottle_bar__minus_02_dot_91_bar__plus_00_dot_70_bar__minus_02_dot_86 Cabinet_bar__plus_03_dot_20_bar__plus_02_dot_91_bar__minus_01_dot_58)
        (objectAtLocation WineBottle_bar__minus_02_dot_91_bar__plus_00_dot_70_bar__minus_02_dot_86 loc_bar_8_bar__minus_4_bar_2_bar_45)
        (objectType Cup_bar__minus_00_dot_92_bar__plus_01_dot_03_bar__minus_02_dot_48 CupType)
        (pickupable Cup_bar__minus_00_dot_92_bar__plus_01_dot_03_bar__minus_02_dot_48)
        (cleanable Cup_bar__minus_00_dot_92_bar__plus_01_dot_03_bar__minus_02_dot_48)
        (heatable Cup_bar__minus_00_dot_92_bar__plus_01_dot_03_bar__minus_02_dot_48)
        (coolable Cup_bar__minus_00_dot_92_bar__plus_01_dot_03_bar__minus_02_dot_48)
        (inReceptacle Cup_bar__minus_00_dot_92_bar__plus_01_dot_03_bar__minus_02_dot_48 Microwave_bar__minus_02_dot_75_bar__plus_03_dot_24_bar__minus_00_dot_75)
        (objectAtLocation Cup_bar__minus_00_dot_92_bar__plus_01_dot_03_bar__minus_02_dot_48 loc_bar__minus_9_bar__minus_5_bar_2_bar__minus_30)
        (canContain CabinetType CupType)
        (canContain CabinetType KettleType)
        (canContain CabinetType PlateType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType WineBottleType)
        (canContain FridgeType CupType)
        (canContain FridgeType PlateType)
        (canContain FridgeType WineBottleType)
        (canContain MicrowaveType CupType)
        (canContain MicrowaveType PlateType)
        (canContain ShelfType CupType)
        (canContain ShelfType KettleType)
        (canContain ShelfType PlateType)
        (canContain ShelfType WineBottleType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType PlateType)
        (canContain StoveBurnerType KettleType)
    )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 PlateType)
                                    (receptacleType ?r CabinetType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 PlateType)
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
